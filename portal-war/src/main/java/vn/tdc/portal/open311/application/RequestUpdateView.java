package vn.tdc.portal.open311.application;

import java.time.Instant;

/**
 * A public update of a published report (mySociety's {@code servicerequestupdates}): the state the report was in
 * after it, in mySociety's extended statuses, and the text the resident was told. {@code mediaUrl} may be null.
 */
public record RequestUpdateView(long updateId, String serviceRequestId, Open311UpdateStatus status, Instant updatedAt,
                                String description, String mediaUrl) {
}
