package vn.tdc.portal.report.application;

/** Sizes the report forms and APIs accept. */
public final class ReportLimits {

    public static final int PLACE_NAME = 200;
    public static final int ADDRESS = 300;
    public static final int DESCRIPTION = 4000;
    public static final int ATTRIBUTE_VALUE = 200;
    public static final int CONTACT_NAME = 100;
    public static final int CONTACT_PHONE = 20;
    public static final int CONTACT_EMAIL = 254;
    public static final int IDEMPOTENCY_KEY = 80;
    public static final int NOTE = 4000;
    public static final int REASON = 2000;
    public static final int PHOTOS = 3;

    private ReportLimits() {
    }
}
