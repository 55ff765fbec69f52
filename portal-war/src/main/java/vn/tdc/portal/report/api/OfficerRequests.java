package vn.tdc.portal.report.api;

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
}
