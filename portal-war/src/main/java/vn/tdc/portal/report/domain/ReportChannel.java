package vn.tdc.portal.report.domain;

/** How a report reached the portal: the web form, the portal's JSON API or the Open311 API. */
public enum ReportChannel {
    WEB,
    API,
    OPEN311
}
