package vn.tdc.portal.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.tdc.portal.platform.web.Messages;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request: 400 with one detail per field, messages in Vietnamese. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ApiError.Detail> details = e.getConstraintViolations().stream()
                .map(v -> new ApiError.Detail(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiError.Detail::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return ApiErrors.response(ErrorCode.VALIDATION_FAILED,
                Messages.get(ErrorCode.VALIDATION_FAILED.messageKey()), details);
    }

    /** The last property name of the path: {@code create.request.username} → {@code username}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
