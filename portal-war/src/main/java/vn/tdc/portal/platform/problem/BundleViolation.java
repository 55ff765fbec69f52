package vn.tdc.portal.platform.problem;

import jakarta.validation.ConstraintValidatorContext;
import vn.tdc.portal.platform.web.Messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The violation a custom constraint reports with the portal's own bundle: its text is the bundle's message for a key
 * and arguments, so Bean Validation problems read exactly as the application's other problems.
 */
public final class BundleViolation {

    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("[\\\\{}$]");

    private BundleViolation() {
    }

    /** Reports the bundle's message for {@code messageKey} instead of the constraint's default; always false. */
    public static boolean reject(ConstraintValidatorContext context, String messageKey, Object... arguments) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(Messages.format(messageKey, arguments)))
                .addConstraintViolation();
        return false;
    }

    /** The text as a message template that interpolates to itself. */
    static String literal(String text) {
        return TEMPLATE_SYNTAX.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}
