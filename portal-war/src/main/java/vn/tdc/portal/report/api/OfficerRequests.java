package vn.tdc.portal.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.tdc.portal.report.application.PrintableText;
import vn.tdc.portal.report.application.ReportLimits;

/** Bodies of the officer API. */
public final class OfficerRequests {

    private OfficerRequests() {
    }

    /** {@code POST /api/officer/reports/{id}/status}. */
    public static class ChangeStatus {
        public String status;
        public String departmentCode;
        public String reason;
        public String publicText;
        public String internalText;
    }

    /** {@code POST /api/officer/reports/{id}/notes}. */
    public static class Note {
        public String publicText;
        public String internalText;
    }

    /** {@code POST /api/officer/reports/{id}/duplicate}: the tracking code of the original report. */
    public static class Duplicate {
        public String original;
        public String publicText;
    }

    /** {@code POST /api/officer/reports/{id}/transfer}: the code of the ward to hand the report to, and why. */
    public static class Transfer {
        @NotBlank(message = "{report.transfer.unit_required}")
        @Size(max = 40)
        public String unit;
        @PrintableText(max = ReportLimits.REASON, required = true)
        public String reason;
    }
}
