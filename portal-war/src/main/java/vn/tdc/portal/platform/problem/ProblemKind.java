package vn.tdc.portal.platform.problem;

/**
 * What kind of failure a {@link ProblemException} is, independent of how it reaches people: the JSON API turns a kind
 * into an HTTP status and a stable error code, a page shows the problem's messages next to its inputs.
 */
public enum ProblemKind {
    /** The request cannot be understood (a missing part, a wrong parameter). */
    BAD_REQUEST,
    /** The request body is not well-formed JSON. */
    MALFORMED,
    /** Fields break their rules; the problem lists them. */
    INVALID,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    /** The request contradicts the current state (a workflow rule, a taken name, a stale edit). */
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED,
    RATE_LIMITED
}
