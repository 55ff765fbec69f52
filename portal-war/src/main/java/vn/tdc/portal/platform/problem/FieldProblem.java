package vn.tdc.portal.platform.problem;

import vn.tdc.portal.platform.web.Messages;

import java.util.List;

/**
 * What is wrong with one field of a request. {@code field} is the field's path as the request names it
 * ({@code title}, {@code photos[1]}, {@code attributes.depth}), or null for the whole request; {@code messageKey} is
 * the bundle key of the Vietnamese {@code message} (null when the text comes from elsewhere, e.g. Bean Validation).
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments, String message) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    /** The problem described by the bundle's {@code messageKey} with its {@code arguments}. */
    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments), Messages.format(messageKey, arguments));
    }

    /** A problem whose Vietnamese text is already resolved (a Bean Validation message, a rejection's text). */
    public static FieldProblem text(String field, String message) {
        return new FieldProblem(field, null, List.of(), message);
    }

    /** The same problem reported under another field path. */
    public FieldProblem at(String otherField) {
        return new FieldProblem(otherField, messageKey, arguments, message);
    }
}
