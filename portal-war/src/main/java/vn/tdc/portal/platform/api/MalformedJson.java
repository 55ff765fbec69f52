package vn.tdc.portal.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;

/** Recognises a request body that is not valid JSON (or not the expected JSON shape) in a cause chain. */
final class MalformedJson {

    private MalformedJson() {
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
