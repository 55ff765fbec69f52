package vn.tdc.portal.platform.api;

import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.FieldProblem;

import java.util.List;

/**
 * Numeric query parameters read by hand: JAX-RS answers 404 when it cannot convert one, but a malformed parameter
 * is a bad request (400 with the parameter named).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int intOrDefault(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("api.error.validation_failed",
                    List.of(FieldProblem.of(name, "api.error.not_a_number")));
        }
    }
}
