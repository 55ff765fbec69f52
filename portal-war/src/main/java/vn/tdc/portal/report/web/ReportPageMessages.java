package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.report.domain.ReportRuleException;
import vn.tdc.portal.report.domain.ReportStatus;

import java.util.Arrays;

/**
 * Puts the report services' failures on a page: each field problem next to its input (when the page has it) and a
 * summary in the panel the action belongs to; a rule violation as one Vietnamese sentence with states named by
 * their labels.
 */
final class ReportPageMessages {

    private ReportPageMessages() {
    }

    /**
     * A rule's explanation (states named by their labels) or the failure's message in {@code panel}, also next to
     * the input whose {@code rules} attribute names the rule; with field problems, a summary in the panel and each
     * problem next to its input found by {@link ProblemMessages} inside the panel (in the panel when none).
     */
    static void show(ProblemException e, String panel) {
        if (e.fields().isEmpty()) {
            String text = e instanceof ReportRuleException ? ruleText(e) : e.getMessage();
            ProblemMessages.error(panel, text);
            if (e.messageKey() != null) {
                ProblemMessages.inputForRule(panel, e.messageKey()).ifPresent(input -> ProblemMessages.error(input, text));
            }
            return;
        }
        ProblemMessages.error(panel, Messages.get("reportPages.checkFields"));
        for (FieldProblem unplaced : ProblemMessages.showAtInputs(e, panel)) {
            ProblemMessages.error(panel, unplaced.message());
        }
    }

    static void info(String panel, String text) {
        ProblemMessages.info(panel, text);
    }

    static void error(String clientId, String text) {
        ProblemMessages.error(clientId, text);
    }

    /** The rule's Vietnamese text; arguments that are state codes are replaced by the states' labels. */
    static String ruleText(ProblemException e) {
        Object[] arguments = Arrays.stream(e.arguments())
                .map(argument -> argument instanceof String code && ReportStatus.fromCode(code).isPresent()
                        ? Messages.get("report.status." + code) : argument)
                .toArray();
        return Messages.format(e.messageKey(), arguments);
    }
}
