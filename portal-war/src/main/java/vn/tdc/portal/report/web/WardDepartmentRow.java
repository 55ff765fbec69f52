package vn.tdc.portal.report.web;

import vn.tdc.portal.report.application.WardDepartmentEntry;
import vn.tdc.portal.report.application.WardDepartmentView;

import java.io.Serializable;

/** One line of a ward's department list as the page edits it. */
public class WardDepartmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String departmentCode;
    private final String name;
    private boolean active;
    private String contactEmail;
    private String contactPhone;
    private int sortOrder;

    WardDepartmentRow(WardDepartmentView view) {
        this.departmentCode = view.departmentCode();
        this.name = view.name();
        this.active = view.active();
        this.contactEmail = view.contactEmail();
        this.contactPhone = view.contactPhone();
        this.sortOrder = view.sortOrder();
    }

    WardDepartmentEntry entry() {
        return new WardDepartmentEntry(departmentCode, active, blankToNull(contactEmail), blankToNull(contactPhone),
                sortOrder);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
