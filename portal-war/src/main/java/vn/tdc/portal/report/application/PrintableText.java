package vn.tdc.portal.report.application;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of a report request, judged after stripping surrounding spaces: present when {@link #required()}, at most
 * {@link #max()} characters, valid Unicode (no U+FFFD, which means the request was not valid UTF-8, and no broken
 * surrogate pair) and without control characters other than line breaks and tabs. Text is stored as the resident
 * typed it (pages escape it when they render it). Only the first broken rule is reported, with the report's message.
 */
@Documented
@Constraint(validatedBy = PrintableTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintableText {

    int max();

    boolean required() default false;

    String message() default "{report.validation.control_characters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
