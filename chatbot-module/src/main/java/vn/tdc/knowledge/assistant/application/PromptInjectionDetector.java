package vn.tdc.knowledge.assistant.application;

/**
 * Recognises attempts to override the assistant's instructions ("bỏ qua hướng dẫn trước…",
 * "ignore previous instructions", "đóng vai…"). Patterns: {@code prompt-injection-patterns.txt}.
 * Such messages are never answered from the documents.
 */
public final class PromptInjectionDetector {

    public static final String RESOURCE = "/vn/tdc/knowledge/assistant/prompt-injection-patterns.txt";

    private final PatternList patterns = PatternList.fromResource(RESOURCE);

    public boolean isInjection(String message) {
        return patterns.anyMatch(FoldedText.of(message));
    }
}
