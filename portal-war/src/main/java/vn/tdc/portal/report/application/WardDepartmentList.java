package vn.tdc.portal.report.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A ward's whole department list (the body of {@code PUT /api/admin/units/{code}/departments}): it replaces the
 * ward's list; a catalogue department left out is no longer the ward's. A class for the reason
 * {@link WardDepartmentEntry} gives.
 */
public class WardDepartmentList {

    @NotNull
    @Size(max = 200, message = "{wardDepartments.list.size}")
    private List<@NotNull @Valid WardDepartmentEntry> departments;

    /** For JSON-B. */
    public WardDepartmentList() {
    }

    public WardDepartmentList(List<WardDepartmentEntry> departments) {
        this.departments = departments;
    }

    public List<WardDepartmentEntry> departments() {
        return departments;
    }

    public void setDepartments(List<WardDepartmentEntry> departments) {
        this.departments = departments;
    }
}
