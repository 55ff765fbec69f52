package vn.tdc.portal.report.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sentences the portal itself writes into a report's trail (and a duplicate's closing reason). They are stored as
 * these codes, which are keys of the resource bundle, and put into words only when shown; rows written before the
 * codes existed hold the sentence itself, and any text that is not one of these codes is shown as stored.
 */
public enum ReportEventText {
    SUBMITTED("report.event.text.submitted"),
    DUPLICATE("report.event.text.duplicate"),
    REOPEN_REQUESTED("report.event.text.reopen_requested");

    private final String code;

    ReportEventText(String code) {
        this.code = code;
    }

    /** What is stored in {@code public_text} or {@code closing_reason}; also the bundle key of the sentence. */
    public String code() {
        return code;
    }

    public static Optional<ReportEventText> fromCode(String stored) {
        return Arrays.stream(values()).filter(text -> text.code.equals(stored)).findFirst();
    }
}
