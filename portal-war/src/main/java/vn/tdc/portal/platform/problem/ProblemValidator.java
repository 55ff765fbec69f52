package vn.tdc.portal.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation at the edge, the one way its violations reach callers: a value that breaks its constraints is one
 * {@link ProblemKind#INVALID} {@link ProblemException} with a {@link FieldProblem} per violation, its field the
 * violation's property path ({@code title}, {@code photos[1]}, {@code contact.email}). Problems come in the order the
 * value's type declares its record components (or fields), so a page and the JSON API list them as the form shows
 * the inputs; problems of one field are ordered by their text.
 */
@ApplicationScoped
public class ProblemValidator {

    @Inject
    Validator validator;

    /** The value itself when it keeps its constraints; otherwise its problems, summarised by {@code messageKey}. */
    public <T> T valid(T value, String messageKey) {
        List<FieldProblem> problems = problems(value);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(messageKey, problems);
        }
        return value;
    }

    /**
     * The problems of the value's constraints in declared order, for a service that adds the problems of rules Bean
     * Validation cannot state (a catalogue's codes) and orders them all with {@link #inDeclaredOrder}.
     */
    public <T> List<FieldProblem> problems(T value) {
        return fieldProblems(value.getClass(), validator.validate(value));
    }

    /**
     * The problems of one value for the constraints of {@code type}'s {@code property}, reported under the property's
     * name: for a service that takes the value as a parameter rather than in the type.
     */
    public <T> List<FieldProblem> problems(Class<T> type, String property, Object value) {
        return fieldProblems(type, validator.validateValue(type, property, value));
    }

    /** One problem per violation of a value of {@code type}, in the type's declared order. */
    private static List<FieldProblem> fieldProblems(Class<?> type,
                                                    Collection<? extends ConstraintViolation<?>> violations) {
        return inDeclaredOrder(type, violations.stream()
                .map(v -> FieldProblem.text(field(v), v.getMessage()))
                .toList());
    }

    /**
     * The violation's field: its property names with list indexes ({@code title}, {@code contact.email},
     * {@code photos[1].name}), without the method, its parameter or a container element ({@code roles} for a null
     * element of {@code roles}); a method parameter's name when no property is named; null for a constraint on the
     * whole value.
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (!path.isEmpty() && node.isInIterable() && node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                }
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? parameter : path.toString();
    }

    /**
     * The problems ordered by the position of their field's first name among {@code type}'s record components (or
     * declared fields); then by path (so {@code photos[1]} before {@code photos[2]}) and text. Problems of names the
     * type does not declare come last.
     */
    public static List<FieldProblem> inDeclaredOrder(Class<?> type, Collection<FieldProblem> problems) {
        List<String> names = declaredNames(type);
        Comparator<FieldProblem> byPosition = Comparator.comparingInt(p -> position(names, p.field()));
        List<FieldProblem> ordered = new ArrayList<>(problems);
        ordered.sort(byPosition
                .thenComparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FieldProblem::message, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(ordered);
    }

    private static List<String> declaredNames(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<String> own = Arrays.stream(c.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()))
                    .map(Field::getName)
                    .toList();
            names.addAll(0, own);
        }
        return names;
    }

    private static int position(List<String> names, String path) {
        if (path == null || path.isEmpty()) {
            return -1;
        }
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        int index = names.indexOf(path.substring(0, end));
        return index < 0 ? names.size() : index;
    }
}
