package vn.tdc.portal.report.application;

/** The department list of ward {@code unitId} was changed (or first given). */
public record WardDepartmentsChanged(long unitId) {
}
