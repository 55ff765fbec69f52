package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.report.domain.WardDepartment;
import vn.tdc.portal.report.domain.WardDepartmentRepository;
import vn.tdc.portal.unit.application.UnitView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A ward's administrator (or one above the ward: a province's, the platform's) sets the ward's department list.
 * Every code must be a catalogue department named once; the list replaces the ward's.
 */
@ApplicationScoped
@Transactional
public class WardDepartmentService {

    @Inject
    WardDepartmentRepository repository;

    @Inject
    WardDepartments departments;

    @Inject
    ReportCatalog catalog;

    @Inject
    ProblemValidator validator;

    @Inject
    Event<WardDepartmentsChanged> changed;

    /** Replaces the list of ward {@code unitCode}; 404 outside the caller's scope, 400 on a broken entry. */
    public List<WardDepartmentView> replace(String unitCode, WardDepartmentList list) {
        UnitView ward = departments.editableWard(unitCode);
        validator.valid(list, "wardDepartments.error.invalid");
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.departments().size(); i++) {
            String code = list.departments().get(i).departmentCode().strip();
            String field = "departments[" + i + "].departmentCode";
            if (catalog.department(code).isEmpty()) {
                problems.add(FieldProblem.of(field, "wardDepartments.error.unknown_department", code));
            } else if (!seen.add(code)) {
                problems.add(FieldProblem.of(field, "wardDepartments.error.repeated", code));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("wardDepartments.error.invalid", problems);
        }
        Map<String, WardDepartment> own = repository.ofUnit(ward.id()).stream()
                .collect(Collectors.toMap(WardDepartment::departmentCode, Function.identity()));
        for (WardDepartmentEntry entry : list.departments()) {
            String code = entry.departmentCode().strip();
            WardDepartment department = own.remove(code);
            if (department == null) {
                department = new WardDepartment(ward.id(), code);
                department.describe(entry.active(), entry.contactEmail(), entry.contactPhone(), entry.sortOrder());
                repository.add(department);
            } else {
                department.describe(entry.active(), entry.contactEmail(), entry.contactPhone(), entry.sortOrder());
            }
        }
        own.values().forEach(repository::remove);
        changed.fire(new WardDepartmentsChanged(ward.id()));
        return departments.editableListOf(ward.code());
    }
}
