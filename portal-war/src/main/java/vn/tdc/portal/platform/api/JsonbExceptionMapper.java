package vn.tdc.portal.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return ApiErrors.response(MalformedJson.isTooLarge(e) ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.MALFORMED_JSON);
    }
}
