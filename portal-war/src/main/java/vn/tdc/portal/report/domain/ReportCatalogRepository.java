package vn.tdc.portal.report.domain;

import java.util.List;
import java.util.Optional;

/** The editable reference data: kinds of report and departments. */
public interface ReportCatalogRepository {

    /** All kinds in display order, inactive ones included. */
    List<ReportKind> kinds();

    Optional<ReportKind> findKind(String code);

    void addKind(ReportKind kind);

    List<Department> departments();

    Optional<Department> findDepartment(String code);

    void addDepartment(Department department);
}
