package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

/**
 * A catalogue department as one ward has it ({@code unit_department}): whether it is active there, how residents
 * reach it (email and phone, either may be unset) and its place in the ward's list. Reports of the ward are routed
 * only to its active departments ({@link DepartmentRouting}).
 */
@Entity
@Table(name = "unit_department")
@IdClass(WardDepartment.Key.class)
public class WardDepartment {

    @Id
    @Column(name = "unit_id")
    private long unitId;

    @Id
    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected WardDepartment() {
    }

    public WardDepartment(long unitId, String departmentCode) {
        this.unitId = unitId;
        this.departmentCode = departmentCode;
    }

    /** Sets what the ward says of the department; blank contacts are kept as unset. */
    public void describe(boolean active, String contactEmail, String contactPhone, int sortOrder) {
        this.active = active;
        this.contactEmail = blankToNull(contactEmail);
        this.contactPhone = blankToNull(contactPhone);
        this.sortOrder = sortOrder;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long unitId() {
        return unitId;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The composite key: a unit and a catalogue code. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long unitId;
        private String departmentCode;

        public Key() {
        }

        public Key(long unitId, String departmentCode) {
            this.unitId = unitId;
            this.departmentCode = departmentCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.unitId == unitId
                    && Objects.equals(key.departmentCode, departmentCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, departmentCode);
        }
    }
}
