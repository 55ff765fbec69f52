package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tdc.portal.platform.web.Messages;

import java.util.List;

/** Builds JSON error responses with the Vietnamese message of an {@link ErrorCode}. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static Response response(ErrorCode code) {
        return response(code, Messages.get(code.messageKey()), List.of());
    }

    public static Response response(ErrorCode code, String message, List<ApiError.Detail> details) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(code, message, details))
                .build();
    }
}
