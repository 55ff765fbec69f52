package vn.tdc.portal.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-B cannot read is the caller's fault (400); any other processing failure is ours (500). */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        if (MalformedJson.isTooLarge(e)) {
            return ApiErrors.response(ErrorCode.PAYLOAD_TOO_LARGE);
        }
        if (MalformedJson.isCause(e)) {
            return ApiErrors.response(ErrorCode.MALFORMED_JSON);
        }
        return new UnexpectedFailureMapper().toResponse(e);
    }
}
