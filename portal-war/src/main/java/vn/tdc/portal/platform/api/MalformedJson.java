package vn.tdc.portal.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import vn.tdc.portal.platform.web.RequestBodyLimitFilter;

/** Recognises a request body that is not valid JSON (or not the expected JSON shape) in a cause chain. */
final class MalformedJson {

    private MalformedJson() {
    }

    /** Whether reading stopped because the body passed the size limit (413, not a malformed body). */
    static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RequestBodyLimitFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
