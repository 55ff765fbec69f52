package vn.tdc.portal.yearlyreport.domain;

import java.util.Set;

/**
 * A task (nhiệm vụ) of the plan the report accounts for: its number and heading as the plan prints them, and the
 * evidence the portal's data can give for it.
 */
public record PlanTask(String number, String heading, Set<TaskEvidence> evidence) {

    public PlanTask {
        evidence = Set.copyOf(evidence);
    }

    public static PlanTask of(String number, String heading) {
        return new PlanTask(number, heading, TaskEvidence.forTask(heading));
    }
}
