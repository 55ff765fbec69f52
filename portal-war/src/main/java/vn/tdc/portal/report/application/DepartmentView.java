package vn.tdc.portal.report.application;

import java.io.Serializable;

/** A department reports are routed to. */
public record DepartmentView(String code, String name, boolean active, int sortOrder) implements Serializable {
}
