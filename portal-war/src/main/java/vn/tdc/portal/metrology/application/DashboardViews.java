package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The records of the officers' metrology dashboard ({@link MetrologyDashboardService}). */
public final class DashboardViews {

    private DashboardViews() {
    }

    /**
     * The dashboard of {@code year} for the caller's wards: the plan's target share of usable trade instruments
     * ({@code portal.metrology.target-percent}) and each ward's figures on {@code today}.
     */
    public record Dashboard(int year, int targetPercent, LocalDate today, List<WardFigures> wards)
            implements Serializable {
    }

    /**
     * One ward: its share of usable instruments against the target, the count in each state, each place's figures,
     * the instruments overdue or expiring, its inspections of the year and their findings, and the residents' reports
     * of the year about measuring that name one of its places.
     */
    public record WardFigures(String wardCode, String wardName, PlaceShare total, boolean meetsTarget,
                              List<StateCount> states, List<PlaceFigures> places, List<DueInstrument> due,
                              List<InspectionSummary> inspections, int findingsPassed, int findingsFailed,
                              int reports) implements Serializable {
    }

    /** How many instruments are in a state ({@code VerificationState} code and label). */
    public record StateCount(String state, String label, int count) implements Serializable {
    }

    /** A place: its share of usable instruments, whether it meets the target, its reports and findings this year. */
    public record PlaceFigures(PlaceShare share, boolean meetsTarget, int reports, int findingsPassed,
                               int findingsFailed) implements Serializable {
    }

    /**
     * An instrument overdue (quá hạn) or expiring (sắp hết hạn): where, what, whose (officers only), its due date
     * (null: never verified) and state.
     */
    public record DueInstrument(long id, String code, String placeName, String stall, String typeName,
                                String serialNo, String ownerName, LocalDate dueOn, String state, String stateLabel)
            implements Serializable {
    }

    /** An inspection of the year in a line. */
    public record InspectionSummary(long id, LocalDate heldOn, String team, int places, int passed, int failed)
            implements Serializable {
    }
}
