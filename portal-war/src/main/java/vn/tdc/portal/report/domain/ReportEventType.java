package vn.tdc.portal.report.domain;

/** What happened to a report; every event is kept (the audit trail). */
public enum ReportEventType {
    SUBMITTED,
    STATUS_CHANGED,
    PUBLIC_UPDATE,
    INTERNAL_NOTE,
    INFORMATION_ADDED,
    PHOTO_ADDED,
    FEEDBACK,
    PUBLISHED,
    UNPUBLISHED,
    MARKED_DUPLICATE,
    /** Handed over to another ward; the event names both units. */
    TRANSFERRED
}
