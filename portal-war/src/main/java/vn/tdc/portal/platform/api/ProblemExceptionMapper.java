package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

/**
 * A problem raised by a service or resource (rule violations of articles and reports included) as the JSON error
 * body: the kind decides the stable code and the HTTP status, each field problem becomes one detail.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return ApiErrors.response(ErrorCode.of(e.kind()), e.getMessage(),
                e.fields().stream().map(ProblemExceptionMapper::detail).toList());
    }

    static ApiError.Detail detail(FieldProblem problem) {
        return new ApiError.Detail(problem.field(), problem.message());
    }
}
