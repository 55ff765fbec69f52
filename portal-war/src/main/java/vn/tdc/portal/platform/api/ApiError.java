package vn.tdc.portal.platform.api;

import java.util.List;

/**
 * The one error body of every JSON endpoint: {@code {"error":{"code","message","details":[…]}}}.
 * {@code code} is stable for programs; {@code message} is Vietnamese for people.
 */
public record ApiError(Body error) {

    public record Body(String code, String message, List<Detail> details, String reference) {
    }

    /** One problem with one field of the request ({@code field} may be null for the whole request). */
    public record Detail(String field, String message) {
    }

    public static ApiError of(ErrorCode code, String message, List<Detail> details) {
        return new ApiError(new Body(code.wireName(), message, List.copyOf(details), null));
    }

    public static ApiError withReference(ErrorCode code, String message, String reference) {
        return new ApiError(new Body(code.wireName(), message, List.of(), reference));
    }
}
