package vn.tdc.portal.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportKindView;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog of reports ({@code /quan-tri/danh-muc-phan-anh}, ADMIN): kinds with their due time, default
 * department and extra questions, and the departments reports are routed to. A kind's code is fixed once created:
 * it is the Open311 service code programs use.
 */
@Named
@ViewScoped
public class ReportCatalogAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String KINDS = "kinds";
    private static final String KIND_PANEL = KINDS + ":kindEditor";
    private static final String DEPARTMENTS = "departments";
    private static final String DEPARTMENT_PANEL = DEPARTMENTS + ":departmentEditor";
    private static final Pattern ATTRIBUTE_ROW = Pattern.compile("attributes\\[(\\d+)]");

    @Inject
    ReportCatalog catalog;

    private List<ReportKindView> kinds;
    private List<DepartmentView> departments;
    private KindForm kindForm;
    /** The code of the kind being edited; null while creating one. */
    private String editingKind;
    private DepartmentForm departmentForm;
    private String editingDepartment;

    @PostConstruct
    void load() {
        kinds = catalog.kinds();
        departments = catalog.departments();
    }

    public void newKind() {
        String department = departments.stream().filter(DepartmentView::active).map(DepartmentView::code).findFirst()
                .orElse(null);
        kindForm = KindForm.blank(department, kinds.size() + 1);
        editingKind = null;
    }

    public void editKind(ReportKindView kind) {
        kindForm = KindForm.of(kind);
        editingKind = kind.code();
    }

    public void cancelKind() {
        kindForm = null;
        editingKind = null;
    }

    public void addAttribute() {
        kindForm.addAttribute();
    }

    public void removeAttribute(int index) {
        kindForm.removeAttribute(index);
    }

    public void saveKind() {
        boolean creating = editingKind == null;
        String code = creating ? KindForm.strip(kindForm.getCode()) : editingKind;
        if (creating && code != null && catalog.kind(code).isPresent()) {
            ReportPageMessages.error(KINDS + ":kindCode", Messages.format("reportCatalogAdmin.codeExists", code));
            return;
        }
        try {
            ReportKindView form = kindForm.toView(code);
            ReportKindView saved = catalog.saveKind(form);
            if (creating && !form.active()) {
                saved = catalog.saveKind(form);
            }
            ReportPageMessages.info(KINDS, Messages.format(creating ? "reportCatalogAdmin.kindCreated"
                    : "reportCatalogAdmin.kindSaved", saved.name()));
            cancelKind();
            load();
        } catch (ProblemException e) {
            ReportPageMessages.show(atRows(e, kindForm.sentRows()), KIND_PANEL);
        }
    }

    public void newDepartment() {
        departmentForm = DepartmentForm.blank(departments.size() + 1);
        editingDepartment = null;
    }

    public void editDepartment(DepartmentView department) {
        departmentForm = DepartmentForm.of(department);
        editingDepartment = department.code();
    }

    public void cancelDepartment() {
        departmentForm = null;
        editingDepartment = null;
    }

    public void saveDepartment() {
        boolean creating = editingDepartment == null;
        String code = creating ? KindForm.strip(departmentForm.getCode()) : editingDepartment;
        if (creating && code != null && catalog.department(code).isPresent()) {
            ReportPageMessages.error(DEPARTMENTS + ":departmentCode",
                    Messages.format("reportCatalogAdmin.codeExists", code));
            return;
        }
        try {
            DepartmentView form = departmentForm.toView(code);
            DepartmentView saved = catalog.saveDepartment(form);
            if (creating && !form.active()) {
                saved = catalog.saveDepartment(form);
            }
            ReportPageMessages.info(DEPARTMENTS, Messages.format(creating ? "reportCatalogAdmin.departmentCreated"
                    : "reportCatalogAdmin.departmentSaved", saved.name()));
            cancelDepartment();
            load();
        } catch (ProblemException e) {
            ReportPageMessages.show(e, DEPARTMENT_PANEL);
        }
    }

    /**
     * The problem with {@code attributes[i]}, the i-th row that was sent, renamed to the row it has on the page
     * ({@code sentRows.get(i)}: blank rows are not sent), where the row's input names that field.
     */
    static ProblemException atRows(ProblemException e, List<Integer> sentRows) {
        return e.withFields(e.fields().stream().map(problem -> {
            Matcher row = ATTRIBUTE_ROW.matcher(problem.field() == null ? "" : problem.field());
            int sent = row.matches() ? Integer.parseInt(row.group(1)) : -1;
            return sent >= 0 && sent < sentRows.size() ? problem.at("attributes[" + sentRows.get(sent) + "]") : problem;
        }).toList());
    }

    /** The department's name for the kinds table, marked when it no longer takes reports. */
    public String departmentLabel(DepartmentView department) {
        return department.active() ? department.name()
                : department.name() + " " + Messages.get("reportCatalogAdmin.inactiveSuffix");
    }

    public List<String> getDatatypes() {
        return List.of("string", "number", "text");
    }

    public List<ReportKindView> getKinds() {
        return kinds;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public KindForm getKindForm() {
        return kindForm;
    }

    public boolean isEditingExistingKind() {
        return editingKind != null;
    }

    public DepartmentForm getDepartmentForm() {
        return departmentForm;
    }

    public boolean isEditingExistingDepartment() {
        return editingDepartment != null;
    }
}
