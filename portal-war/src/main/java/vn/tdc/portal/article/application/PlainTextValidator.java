package vn.tdc.portal.article.application;

import vn.tdc.portal.platform.problem.TextConstraintValidator;

import java.util.regex.Pattern;

/** Checks one {@link PlainText} text. */
public class PlainTextValidator extends TextConstraintValidator<PlainText> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:", Pattern.CASE_INSENSITIVE);

    public PlainTextValidator() {
        super("article.validation.required", "article.validation.too_long");
    }

    @Override
    public void initialize(PlainText rule) {
        limits(rule.max(), rule.required());
    }

    @Override
    protected String contentRule(String text) {
        if (MARKUP.matcher(text).find()) {
            return "article.validation.markup";
        }
        return text.indexOf('\uFFFD') >= 0 ? "report.validation.invalid_encoding" : null;
    }
}
