package vn.tdc.portal.platform.problem;

import vn.tdc.portal.platform.web.Messages;

import java.util.List;

/**
 * The one failure application services raise for something the caller can act on: its {@link ProblemKind}, a
 * Vietnamese message, normally from the bundle (key and arguments are kept so a page may phrase it for its readers), and the
 * problems of single fields. The JSON API maps it to a status and error body; pages show it with
 * {@code ProblemMessages}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<FieldProblem> fields;

    public ProblemException(ProblemKind kind, String messageKey, List<Object> arguments, List<FieldProblem> fields) {
        this(kind, messageKey, arguments, Messages.format(messageKey, arguments.toArray()), fields);
    }

    private ProblemException(ProblemKind kind, String messageKey, List<Object> arguments, String message,
                             List<FieldProblem> fields) {
        super(message);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.fields = List.copyOf(fields);
    }

    /** A problem described by the bundle's {@code messageKey} with its {@code arguments}, about no single field. */
    public static ProblemException of(ProblemKind kind, String messageKey, Object... arguments) {
        return new ProblemException(kind, messageKey, List.of(arguments), List.of());
    }

    /** {@link ProblemKind#INVALID} with the fields that break their rules, summarised by {@code messageKey}. */
    public static ProblemException invalid(String messageKey, List<FieldProblem> fields) {
        return new ProblemException(ProblemKind.INVALID, messageKey, List.of(), fields);
    }

    /** A problem whose Vietnamese text is already resolved elsewhere (e.g. by the document parser). */
    public static ProblemException text(ProblemKind kind, String message, List<FieldProblem> fields) {
        return new ProblemException(kind, null, List.of(), message, fields);
    }

    /** The same problem with its fields replaced, e.g. renamed for another API's field names. */
    public ProblemException withFields(List<FieldProblem> otherFields) {
        return new ProblemException(kind, messageKey, arguments, getMessage(), otherFields);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
