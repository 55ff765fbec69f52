package vn.tdc.portal.report.web;

import vn.tdc.portal.report.application.DepartmentView;

import java.io.Serializable;

/** A department as the catalog page edits it. */
public class DepartmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private boolean active = true;
    private Integer sortOrder = 0;

    public static DepartmentForm blank(int sortOrder) {
        DepartmentForm form = new DepartmentForm();
        form.sortOrder = sortOrder;
        return form;
    }

    public static DepartmentForm of(DepartmentView department) {
        DepartmentForm form = new DepartmentForm();
        form.code = department.code();
        form.name = department.name();
        form.active = department.active();
        form.sortOrder = department.sortOrder();
        return form;
    }

    /** The form as the catalog service takes it, with {@code code} as given (the page keeps existing codes). */
    public DepartmentView toView(String code) {
        return new DepartmentView(KindForm.strip(code), KindForm.strip(name), active, sortOrder == null ? 0 : sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
