package vn.tdc.portal.report.api;

/** Bodies of the resident's follow-up requests. */
public final class ResidentRequests {

    private ResidentRequests() {
    }

    /** {@code POST /api/reports/{code}/information} (JSON; multipart adds photos). */
    public static class Information {
        public String text;
    }

    /** {@code POST /api/reports/{code}/feedback}. */
    public static class Feedback {
        public Boolean satisfied;
        public boolean reopen;
        public String comment;
    }
}
