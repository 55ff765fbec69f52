package vn.tdc.portal.report.application;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.tdc.portal.platform.problem.BundleViolation;

import java.util.regex.Pattern;

/** Checks one {@link PrintableText} text. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, String> {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private PrintableText rule;

    @Override
    public void initialize(PrintableText rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String key = brokenRule(value, rule.max(), rule.required());
        return key == null || BundleViolation.reject(context, key, rule.max());
    }

    /** The message key of the first rule the stripped text breaks; null when it keeps them all. */
    static String brokenRule(String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return required ? "report.validation.required" : null;
        }
        if (text.length() > max) {
            return "report.validation.too_long";
        }
        if (text.indexOf('\uFFFD') >= 0 || hasLoneSurrogate(text)) {
            return "report.validation.invalid_encoding";
        }
        if (CONTROL.matcher(text).find()) {
            return "report.validation.control_characters";
        }
        return null;
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
