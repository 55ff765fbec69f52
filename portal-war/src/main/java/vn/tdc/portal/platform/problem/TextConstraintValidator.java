package vn.tdc.portal.platform.problem;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;

/**
 * A constraint on a text judged after stripping surrounding spaces: present when required, at most a number of
 * characters, then the subclass's rule about its content. Only the first broken rule is reported, with the bundle's
 * message for it ({@link BundleViolation}) and the limit as its argument.
 */
public abstract class TextConstraintValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    private final String requiredKey;
    private final String tooLongKey;
    private int max;
    private boolean required;

    protected TextConstraintValidator(String requiredKey, String tooLongKey) {
        this.requiredKey = requiredKey;
        this.tooLongKey = tooLongKey;
    }

    /** Called by {@link #initialize} with the annotation's limits. */
    protected final void limits(int maxLength, boolean isRequired) {
        this.max = maxLength;
        this.required = isRequired;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String key = brokenRule(value, max, required);
        return key == null || BundleViolation.reject(context, key, max);
    }

    /** The message key of the first rule the stripped text breaks; null when it keeps them all. */
    public final String brokenRule(String value, int maxLength, boolean isRequired) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return isRequired ? requiredKey : null;
        }
        if (text.length() > maxLength) {
            return tooLongKey;
        }
        return contentRule(text);
    }

    /** The message key of the rule about its content a present text of the right length breaks, or null. */
    protected abstract String contentRule(String text);
}
