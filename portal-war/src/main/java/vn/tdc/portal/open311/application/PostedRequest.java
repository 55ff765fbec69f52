package vn.tdc.portal.open311.application;

/**
 * The answer to POST {@code requests}: the final id (the report's public number) at once, so no token, and the
 * tracking code, which only this answer ever carries: it goes to the client that filed the report, the resident's
 * own app, to be shown to the resident as the key to follow the report at {@code /tra-cuu}. {@code replayed} when
 * the idempotency key had been used before and the first report is returned.
 */
public record PostedRequest(String serviceRequestId, String trackingCode, String serviceNotice, boolean replayed) {
}
