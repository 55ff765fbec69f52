package vn.tdc.portal.report.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the holder of a tracking code sees at {@code /tra-cuu}: state, public history and expected date — never the
 * contact details and never internal notes.
 */
public record TrackedReport(String trackingCode, String kindCode, String kindName, String statusCode, boolean closed,
                            Instant submittedAt, LocalDate expectedDate, boolean overdue, String placeName,
                            String description, String closingReason, List<PhotoView> photos,
                            List<HistoryEntry> history, Boolean satisfied, boolean canGiveFeedback, boolean canReopen,
                            boolean canAddInformation) implements Serializable {

    /** A photo, served at {@code url} to whoever may see the report. */
    public record PhotoView(long id, String url, int width, int height) implements Serializable {
    }

    /** A public update: when, the state it led to (may be null) and what the resident is told. */
    public record HistoryEntry(Instant at, String statusCode, String text) implements Serializable {
    }
}
