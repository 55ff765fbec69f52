package vn.tdc.portal.report.domain;

import java.util.List;

/**
 * Where a unit's reports may go. A ward's reports go to the ward's active departments ({@code wardCodes}, in the
 * ward's order); a province's (or the root's) may use the whole catalogue.
 *
 * @param ward      whether the unit is a ward
 * @param wardCodes the ward's active department codes, first first; ignored for a unit that is not a ward
 */
public record DepartmentRouting(boolean ward, List<String> wardCodes) {

    public DepartmentRouting {
        wardCodes = List.copyOf(wardCodes);
    }

    /** A province's or the root's routing: the catalogue decides. */
    public static DepartmentRouting catalogue() {
        return new DepartmentRouting(false, List.of());
    }

    /**
     * The department of a new report of a kind whose default is {@code kindDefault}: the default when the ward has
     * it, else the ward's first department, else (a ward without any) the default, which keeps the report routed.
     */
    public String routeNew(String kindDefault) {
        if (!ward || wardCodes.isEmpty() || wardCodes.contains(kindDefault)) {
            return kindDefault;
        }
        return wardCodes.get(0);
    }

    /**
     * The department of a report handed over to this unit from another ward: its own ({@code current}) when this unit
     * allows it, else where a new report of its kind would go here.
     */
    public String onArrival(String current, String kindDefault) {
        return allows(current) ? current : routeNew(kindDefault);
    }

    /** Whether an officer may move a report to {@code departmentCode} (an active catalogue code). */
    public boolean allows(String departmentCode) {
        return !ward || wardCodes.contains(departmentCode);
    }
}
