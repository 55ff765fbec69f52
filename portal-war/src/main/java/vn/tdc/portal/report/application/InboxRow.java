package vn.tdc.portal.report.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the officer inbox; {@code unitCode} and {@code unitName} are the ward the report belongs to. */
public record InboxRow(long id, String trackingCode, String kindCode, String kindName, String statusCode,
                       String departmentCode, String departmentName, String placeName, Instant submittedAt,
                       LocalDate dueDate, boolean overdue, boolean published, int photoCount, String unitCode,
                       String unitName) implements Serializable {
}
