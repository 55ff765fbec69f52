package vn.tdc.portal.open311.application;

import vn.tdc.portal.report.domain.ReportStatus;

/**
 * The state a report was in after a public update, as mySociety's extension of {@code servicerequestupdates} names
 * it (the extended statuses of FixMyStreet and open311-adapter, lower case with underscores). FixMyStreet reads it
 * (lower case, "_" as " ") onto its own states, so a report closed as unfounded or as a duplicate is not shown as
 * fixed there:
 * <table>
 *   <caption>The portal's states and the extended status of an update</caption>
 *   <tr><th>portal</th><th>update status</th><th>FixMyStreet shows</th></tr>
 *   <tr><td>{@code moi}</td><td>{@code open}</td><td>open (confirmed)</td></tr>
 *   <tr><td>{@code dang-xac-minh}, also after a reopening</td><td>{@code investigating}</td><td>investigating</td></tr>
 *   <tr><td>{@code da-chuyen}</td><td>{@code in_progress}</td><td>in progress</td></tr>
 *   <tr><td>{@code da-xu-ly}</td><td>{@code fixed}</td><td>fixed</td></tr>
 *   <tr><td>{@code khong-du-can-cu}</td><td>{@code no_further_action}</td><td>unable to fix (closed)</td></tr>
 *   <tr><td>{@code khong-du-can-cu} by "mark as duplicate"</td><td>{@code duplicate}</td><td>duplicate (closed)</td></tr>
 * </table>
 * {@code not_councils_responsibility}, {@code action_scheduled} and {@code internal_referral} are never sent: no
 * state of the portal means them ({@code da-chuyen} hands a report to a competent department while the ward keeps it
 * open and due, unlike FixMyStreet's closed "internal referral").
 */
public enum Open311UpdateStatus {
    OPEN("open"),
    INVESTIGATING("investigating"),
    IN_PROGRESS("in_progress"),
    FIXED("fixed"),
    NO_FURTHER_ACTION("no_further_action"),
    DUPLICATE("duplicate");

    private final String wireName;

    Open311UpdateStatus(String wireName) {
        this.wireName = wireName;
    }

    /** {@code duplicate}: the report was closed by marking it a duplicate of another (and not reopened since). */
    public static Open311UpdateStatus of(ReportStatus status, boolean duplicate) {
        return switch (status) {
            case MOI -> OPEN;
            case DANG_XAC_MINH -> INVESTIGATING;
            case DA_CHUYEN -> IN_PROGRESS;
            case DA_XU_LY -> FIXED;
            case KHONG_DU_CAN_CU -> duplicate ? DUPLICATE : NO_FURTHER_ACTION;
        };
    }

    /** The name on the wire, e.g. {@code no_further_action}. */
    public String wireName() {
        return wireName;
    }
}
