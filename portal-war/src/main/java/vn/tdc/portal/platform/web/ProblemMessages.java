package vn.tdc.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Shows a {@link ProblemException} on a JSF page by convention, so page beans need no map from field names to
 * inputs. A field problem goes next to the input, inside the given area of the view, whose {@code field} attribute
 * ({@code <f:attribute name="field" value="publicText"/>}) or, lacking one, whose id equals the problem's field path;
 * an indexed path ({@code photos[1]}) also finds the input of the whole list ({@code photos}). A problem about no
 * field may go next to the input whose {@code rules} attribute names its message key (space-separated keys). Inputs
 * repeated by {@code ui:repeat} are found row by row, so a row's {@code field} attribute may depend on the row.
 */
public final class ProblemMessages {

    /** The component attribute naming the request field an input edits. */
    public static final String FIELD = "field";
    /** The component attribute listing the message keys of rules about the input. */
    public static final String RULES = "rules";

    private static final Pattern TRAILING_INDEX = Pattern.compile("\\[\\d+]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ProblemMessages() {
    }

    /**
     * Each field problem next to its input inside {@code area} (a client id); marks validation as failed.
     *
     * @return the field problems no input of {@code area} belongs to, for the page to show elsewhere
     */
    public static List<FieldProblem> showAtInputs(ProblemException problem, String area) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldProblem> unplaced = new ArrayList<>();
        for (FieldProblem field : problem.fields()) {
            Optional<String> input = inputFor(area, field.field());
            input.ifPresent(clientId -> faces.addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), null)));
            if (input.isEmpty()) {
                unplaced.add(field);
            }
        }
        faces.validationFailed();
        return unplaced;
    }

    /** The client id of the input inside {@code area} that a problem of {@code fieldPath} belongs to. */
    public static Optional<String> inputFor(String area, String fieldPath) {
        if (fieldPath == null || fieldPath.isBlank()) {
            return Optional.empty();
        }
        for (String candidate : candidates(fieldPath)) {
            Optional<String> found = find(area, component -> edits(component, candidate));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The client id of the input inside {@code area} whose {@code rules} attribute names {@code messageKey}. */
    public static Optional<String> inputForRule(String area, String messageKey) {
        return find(area, component -> hasRule(component, messageKey));
    }

    /** An error message for the component {@code clientId} (null: for the whole page); marks validation failed. */
    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The paths an input may be named by for a problem of {@code fieldPath}: itself, then without its index. */
    static List<String> candidates(String fieldPath) {
        String list = TRAILING_INDEX.matcher(fieldPath).replaceFirst("");
        return list.equals(fieldPath) ? List.of(fieldPath) : List.of(fieldPath, list);
    }

    private static boolean edits(UIComponent component, String fieldPath) {
        return edits(component instanceof UIInput, component.getId(), component.getAttributes().get(FIELD), fieldPath);
    }

    /**
     * Whether a component edits the field path: an input, or an area that declares a {@code field}, does when the
     * declared field (else the id) equals the path.
     */
    static boolean edits(boolean input, String id, Object declaredField, String fieldPath) {
        if (declaredField != null) {
            return fieldPath.equals(declaredField.toString());
        }
        return input && fieldPath.equals(id);
    }

    private static boolean hasRule(UIComponent component, String messageKey) {
        return listsRule(component.getAttributes().get(RULES), messageKey);
    }

    /** Whether the space-separated {@code rules} attribute names {@code messageKey}. */
    static boolean listsRule(Object rules, String messageKey) {
        return rules != null && List.of(SPACES.split(rules.toString().strip())).contains(messageKey);
    }

    private static Optional<String> find(String area, Predicate<UIComponent> wanted) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent root = area == null ? faces.getViewRoot() : faces.getViewRoot().findComponent(area);
        if (root == null) {
            return Optional.empty();
        }
        String[] found = new String[1];
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (wanted.test(component)) {
                found[0] = component.getClientId(context.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }
}
