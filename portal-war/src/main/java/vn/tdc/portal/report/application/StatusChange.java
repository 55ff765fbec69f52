package vn.tdc.portal.report.application;

/**
 * An officer's change of state: the target state code, the department when handing over, the reason when closing
 * as unfounded, what the resident is told and an internal note.
 */
public record StatusChange(String status, String departmentCode, String reason, String publicText,
                           String internalText) {
}
