package vn.tdc.portal.report.application;

/**
 * An officer's change of state: the target state code, the department when handing over, the reason when closing
 * as unfounded, what the resident is told and an internal note. Its texts' rules ({@link PrintableText}) are also
 * those of the notes an officer adds.
 */
public record StatusChange(String status,
                           String departmentCode,
                           @PrintableText(max = ReportLimits.REASON) String reason,
                           @PrintableText(max = ReportLimits.NOTE) String publicText,
                           @PrintableText(max = ReportLimits.NOTE) String internalText) {
}
