package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.exception.LangChain4jException;
import java.io.IOException;

/**
 * Tells a failure of the model server from a bug. A model failure is a {@link LangChain4jException}
 * (timeouts, HTTP errors: LangChain4j maps them) or a runtime exception caused by an {@link IOException}
 * (refused connection, broken or unreadable reply: the JDK HTTP client and the JSON reader wrap those
 * unmapped). Anything else is a programming error and must not be turned into a fallback.
 */
final class ModelFailure {

    private ModelFailure() {
    }

    static boolean isModelFailure(RuntimeException e) {
        if (e instanceof LangChain4jException) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof LangChain4jException) {
                return true;
            }
        }
        return false;
    }
}
