package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with the fields of a report request and fails with one 400 listing them all. Text is
 * stored as the resident typed it (pages escape it when they render it), but a text must be valid Unicode without
 * control characters: a U+FFFD replacement character means the request was not valid UTF-8.
 */
final class FieldProblems {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final List<FieldProblem> details = new ArrayList<>();

    void add(String field, String messageKey, Object... arguments) {
        details.add(FieldProblem.of(field, messageKey, arguments));
    }

    /** The stripped text; records a problem when it is required and blank, too long or not clean text. */
    String text(String field, String value, int maxLength, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                add(field, "report.validation.required");
            }
            return text;
        }
        if (text.length() > maxLength) {
            add(field, "report.validation.too_long", maxLength);
        } else if (text.indexOf('\uFFFD') >= 0 || hasLoneSurrogate(text)) {
            add(field, "report.validation.invalid_encoding");
        } else if (CONTROL.matcher(text).find()) {
            add(field, "report.validation.control_characters");
        }
        return text;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
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
