package vn.tdc.portal.report.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report as an officer handles it: everything, including the contact details, the full audit trail, the legal
 * next states and reports that may be the same case (same kind and place in the last 30 days). {@code mediaUrl} is
 * the link to a photo the client application keeps (Open311 {@code media_url}), null when none: shown as a link,
 * never fetched by the portal. {@code unitCode} and {@code unitName} are the ward the report belongs to.
 */
public record OfficerReportView(long id, String trackingCode, String kindCode, String kindName, String statusCode,
                                boolean closed, List<String> nextStatuses, String departmentCode,
                                String departmentName, String channel, String placeName, String address,
                                BigDecimal latitude, BigDecimal longitude, Instant occurredAt, String description,
                                String mediaUrl, Map<String, AttributeValue> attributes, String contactName, String contactPhone,
                                String contactEmail, boolean anonymous, boolean published, Instant submittedAt,
                                LocalDate dueDate, boolean overdue, Instant closedAt, String closingReason,
                                Boolean satisfied, String duplicateOfCode, List<TrackedReport.PhotoView> photos,
                                List<AuditEntry> audit, List<InboxRow> duplicateHints, String unitCode,
                                String unitName) implements Serializable {

    /** An extra attribute's label, value and unit. */
    public record AttributeValue(String label, String value, String unit) implements Serializable {
    }

    /** One event of the audit trail: {@code actor} is the user name, {@code actorName} the person's full name. */
    public record AuditEntry(Instant at, String actor, String actorName, String type, String fromStatus,
                             String toStatus, String publicText, String internalText) implements Serializable {
    }
}
