package vn.tdc.portal.platform.api;

import java.util.List;

/**
 * A failure the caller can act on, raised by application services and resources; mapped to the JSON error body
 * with the code's status. The message is Vietnamese.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final List<ApiError.Detail> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public ApiException(ErrorCode code, String message, List<ApiError.Detail> details) {
        super(message);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public List<ApiError.Detail> details() {
        return details;
    }
}
