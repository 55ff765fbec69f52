package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.codelist.CodeListForm;
import vn.tdc.portal.report.application.DepartmentView;

/** A department as the catalog page edits it. */
public class DepartmentForm extends CodeListForm {

    private static final long serialVersionUID = 1L;

    public static DepartmentForm blank(int sortOrder) {
        DepartmentForm form = new DepartmentForm();
        form.setSortOrder(sortOrder);
        return form;
    }

    public static DepartmentForm of(DepartmentView department) {
        DepartmentForm form = new DepartmentForm();
        form.fill(department.code(), department.name(), department.active(), department.sortOrder());
        return form;
    }

    /** The form as the catalog service takes it, with {@code code} as given (the page keeps existing codes). */
    public DepartmentView toView(String code) {
        return new DepartmentView(strip(code), strip(getName()), isActive(), sortOrderOrZero());
    }
}
