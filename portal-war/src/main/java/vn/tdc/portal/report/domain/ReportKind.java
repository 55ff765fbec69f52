package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdc.portal.platform.codelist.CodeListEntry;

/**
 * A kind of report, which is also its Open311 service code ({@code can-thieu}, {@code hang-gia}…). Name,
 * description, the extra questions ({@link #attributesJson()}, a JSON array read by the application layer), the
 * department a new report goes to and the number of working days it must be handled in are data an ADMIN edits.
 */
@Entity
@Table(name = "report_kind")
public class ReportKind extends CodeListEntry {

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 500)
    private String keywords;

    @Column(name = "attributes", nullable = false)
    private String attributesJson;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "due_working_days", nullable = false)
    private int dueWorkingDays;

    protected ReportKind() {
    }

    public ReportKind(String code, String name, String description, String keywords, String attributesJson,
                      String departmentCode, int dueWorkingDays, boolean active, int sortOrder) {
        super(code, name, active, sortOrder);
        edit(name, description, keywords, attributesJson, departmentCode, dueWorkingDays, active, sortOrder);
    }

    public void edit(String name, String description, String keywords, String attributesJson, String departmentCode,
                     int dueWorkingDays, boolean active, int sortOrder) {
        edit(name, active, sortOrder);
        this.description = description;
        this.keywords = keywords;
        this.attributesJson = attributesJson;
        this.departmentCode = departmentCode;
        this.dueWorkingDays = dueWorkingDays;
    }

    public String description() {
        return description;
    }

    public String keywords() {
        return keywords;
    }

    public String attributesJson() {
        return attributesJson;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public int dueWorkingDays() {
        return dueWorkingDays;
    }
}
