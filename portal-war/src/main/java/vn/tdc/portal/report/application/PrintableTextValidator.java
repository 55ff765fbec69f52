package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.problem.TextConstraintValidator;

import java.util.regex.Pattern;

/** Checks one {@link PrintableText} text. */
public class PrintableTextValidator extends TextConstraintValidator<PrintableText> {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    public PrintableTextValidator() {
        super("report.validation.required", "report.validation.too_long");
    }

    @Override
    public void initialize(PrintableText rule) {
        limits(rule.max(), rule.required());
    }

    @Override
    protected String contentRule(String text) {
        if (text.indexOf('\uFFFD') >= 0 || hasLoneSurrogate(text)) {
            return "report.validation.invalid_encoding";
        }
        return CONTROL.matcher(text).find() ? "report.validation.control_characters" : null;
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
}
