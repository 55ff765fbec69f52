package vn.tdc.portal.report.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One department of a ward as its administrator sets it: a catalogue code, whether the ward routes reports to it,
 * how residents reach it there (both optional) and its place in the list.
 *
 * <p>A class with annotated fields, not a record: Payara's OpenAPI document generation fails (500 on
 * {@code /openapi}) on Bean Validation annotations of record components.
 */
public class WardDepartmentEntry {

    @NotBlank
    @Size(max = 40)
    private String departmentCode;

    private boolean active;

    @Size(max = 254)
    @Email
    private String contactEmail;

    @Size(max = 20)
    @Pattern(regexp = "[0-9 +().-]*", message = "{units.hotline.pattern}")
    private String contactPhone;

    @Min(0)
    @Max(9999)
    private int sortOrder;

    /** For JSON-B. */
    public WardDepartmentEntry() {
    }

    public WardDepartmentEntry(String departmentCode, boolean active, String contactEmail, String contactPhone,
                               int sortOrder) {
        this.departmentCode = departmentCode;
        this.active = active;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.sortOrder = sortOrder;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public boolean active() {
        return active;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
