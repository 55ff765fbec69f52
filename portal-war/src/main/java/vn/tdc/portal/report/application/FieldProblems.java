package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with the fields of a new report and fails with one 400 listing them all, in the order the
 * form asks for them. Its texts keep the {@link PrintableText} rules; they are checked here rather than declared on
 * {@link NewReport} because the problems are named after the form's fields ({@code placeName}, {@code contactEmail})
 * and a kind's attributes and their requiredness come from the catalogue.
 */
final class FieldProblems {

    private static final PrintableTextValidator PRINTABLE = new PrintableTextValidator();

    private final List<FieldProblem> details = new ArrayList<>();

    void add(String field, String messageKey, Object... arguments) {
        details.add(FieldProblem.of(field, messageKey, arguments));
    }

    void addAll(List<FieldProblem> problems) {
        details.addAll(problems);
    }

    /** The stripped text; records a problem when it breaks a {@link PrintableText} rule. */
    String text(String field, String value, int maxLength, boolean required) {
        String key = PRINTABLE.brokenRule(value, maxLength, required);
        if (key != null) {
            add(field, key, maxLength);
        }
        return value == null ? "" : value.strip();
    }

    boolean isEmpty() {
        return details.isEmpty();
    }

    void throwIfAny() {
        if (!details.isEmpty()) {
            throw ProblemException.invalid("report.validation.failed", details);
        }
    }
}
