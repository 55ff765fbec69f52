package vn.tdc.portal.article.application;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.tdc.portal.platform.problem.BundleViolation;

import java.util.List;
import java.util.Objects;

/** Checks each text of a list under {@link PlainText} (the list itself may be empty); the first broken rule counts. */
public class PlainTextListValidator implements ConstraintValidator<PlainText, List<String>> {

    private final PlainTextValidator text = new PlainTextValidator();
    private PlainText rule;

    @Override
    public void initialize(PlainText rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(List<String> values, ConstraintValidatorContext context) {
        String key = values == null ? null : values.stream()
                .map(value -> text.brokenRule(value, rule.max(), rule.required()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return key == null || BundleViolation.reject(context, key, rule.max());
    }
}
