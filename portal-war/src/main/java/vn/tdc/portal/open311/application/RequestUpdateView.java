package vn.tdc.portal.open311.application;

import java.time.Instant;

/**
 * A public update of a published report (mySociety's {@code servicerequestupdates}): the status the report had
 * after it and the text the resident was told. {@code mediaUrl} may be null.
 */
public record RequestUpdateView(long updateId, String serviceRequestId, Open311Status status, Instant updatedAt,
                                String description, String mediaUrl) {
}
