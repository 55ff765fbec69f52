package vn.tdc.portal.report.domain;

import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.List;

/**
 * A request the report's rules do not allow in its current state (an illegal transition, a closing without reason,
 * a reopening after the feedback window): a {@link ProblemKind#CONFLICT} problem.
 */
public class ReportRuleException extends ProblemException {

    public ReportRuleException(String messageKey, Object... arguments) {
        super(ProblemKind.CONFLICT, messageKey, List.of(arguments), List.of());
    }
}
