package vn.tdc.portal.report.domain;

import java.util.List;

/** The departments of each ward ({@code unit_department}); public data, not scoped by the caller. */
public interface WardDepartmentRepository {

    /** The unit's departments, active or not, by sort order then code. */
    List<WardDepartment> ofUnit(long unitId);

    void add(WardDepartment department);

    void remove(WardDepartment department);

    /** Gives the unit every active catalogue department, in the catalogue's order, without contacts. */
    void copyActiveCatalogue(long unitId);
}
