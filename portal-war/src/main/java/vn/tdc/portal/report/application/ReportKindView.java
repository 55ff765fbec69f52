package vn.tdc.portal.report.application;

import java.io.Serializable;
import java.util.List;

/** A kind of report as forms, the Open311 services list and the admin page show it. */
public record ReportKindView(String code, String name, String description, String keywords, String departmentCode,
                             String departmentName, int dueWorkingDays, boolean active, int sortOrder,
                             List<KindAttribute> attributes) implements Serializable {
}
