package vn.tdc.portal.report.application;

/**
 * A department as one ward has it: the catalogue's code and name, the ward's contacts ({@code null} when unset),
 * whether the ward routes reports to it and its place in the ward's list.
 */
public record WardDepartmentView(String departmentCode, String name, String contactEmail, String contactPhone,
                                 boolean active, int sortOrder) {
}
