package vn.tdc.portal.article.application;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A plain-text field of an article (or each text of a list of them), judged after stripping surrounding spaces:
 * present when {@link #required()}, at most {@link #max()} characters, no HTML tag or {@code javascript:} (the field
 * is shown as text, never as markup) and no U+FFFD (the request was not valid UTF-8). Only the first broken rule is
 * reported, with the article's message for it.
 */
@Documented
@Constraint(validatedBy = {PlainTextValidator.class, PlainTextListValidator.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    int max();

    boolean required() default false;

    String message() default "{article.validation.markup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
