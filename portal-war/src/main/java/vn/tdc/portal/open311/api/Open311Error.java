package vn.tdc.portal.open311.api;

import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

import java.util.List;

/**
 * One entry of the specification's error list ({@code <errors><error><code>…<description>…}): the HTTP status and a
 * Vietnamese description. A problem with a parameter names it first: {@code "lat: Tọa độ phải là số…"}.
 */
public record Open311Error(int code, String description) {

    /** The entries of a failure: one per field problem, or the failure's own message when it has none. */
    public static List<Open311Error> of(ProblemException failure) {
        int status = ErrorCode.of(failure.kind()).status();
        if (failure.fields().isEmpty()) {
            return List.of(new Open311Error(status, failure.getMessage()));
        }
        return failure.fields().stream().map(detail -> new Open311Error(status, describe(detail))).toList();
    }

    private static String describe(FieldProblem detail) {
        return detail.field() == null || detail.field().isBlank() ? detail.message()
                : detail.field() + ": " + detail.message();
    }
}
