package vn.tdc.portal.report.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdc.portal.platform.codelist.CodeListEntry;

/** A competent body reports are routed to (Phòng Kinh tế, Công an phường…); the list is edited by an ADMIN. */
@Entity
@Table(name = "report_department")
public class Department extends CodeListEntry {

    protected Department() {
    }

    /** A new department, active. */
    public Department(String code, String name, int sortOrder) {
        super(code, name, true, sortOrder);
    }
}
