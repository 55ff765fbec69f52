package vn.tdc.portal.article.application;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.tdc.portal.platform.problem.BundleViolation;

import java.util.regex.Pattern;

/** Checks one {@link PlainText} text. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:", Pattern.CASE_INSENSITIVE);

    private PlainText rule;

    @Override
    public void initialize(PlainText rule) {
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
            return required ? "article.validation.required" : null;
        }
        if (text.length() > max) {
            return "article.validation.too_long";
        }
        if (MARKUP.matcher(text).find()) {
            return "article.validation.markup";
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return "report.validation.invalid_encoding";
        }
        return null;
    }
}
