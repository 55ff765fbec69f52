package vn.tdc.portal.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns JAX-RS's own failures (unknown path 404, wrong method 405, wrong media type 415, unreadable body 400 …)
 * into the JSON error body. Unreadable JSON is reported as {@code malformed_json}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return new UnexpectedFailureMapper().toResponse(e);
        }
        if (MalformedJson.isTooLarge(e)) {
            return ApiErrors.response(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        ErrorCode code = status == 400 && MalformedJson.isCause(e) ? ErrorCode.MALFORMED_JSON : ErrorCode.forStatus(status);
        Response error = ApiErrors.response(code);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(error).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return error;
    }
}
