package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.Response;
import vn.tdc.portal.platform.problem.ProblemKind;

/** Stable error codes of the JSON API, each with its HTTP status and the i18n key of its Vietnamese message. */
public enum ErrorCode {
    BAD_REQUEST(400),
    MALFORMED_JSON(400),
    VALIDATION_FAILED(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String wireName() {
        return name().toLowerCase();
    }

    public String messageKey() {
        return "api.error." + wireName();
    }

    /** The code a problem of this kind is answered with. */
    public static ErrorCode of(ProblemKind kind) {
        return switch (kind) {
            case BAD_REQUEST -> BAD_REQUEST;
            case MALFORMED -> MALFORMED_JSON;
            case INVALID -> VALIDATION_FAILED;
            case UNAUTHORIZED -> UNAUTHORIZED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case UNSUPPORTED -> UNSUPPORTED_MEDIA_TYPE;
            case RATE_LIMITED -> TOO_MANY_REQUESTS;
        };
    }

    /** The code that best describes a bare HTTP status. */
    public static ErrorCode forStatus(int status) {
        for (ErrorCode code : values()) {
            if (code.status == status && code != MALFORMED_JSON && code != VALIDATION_FAILED) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }

    public Response.Status.Family family() {
        return Response.Status.Family.familyOf(status);
    }
}
