package vn.tdc.knowledge.assistant.application;

/**
 * Recognises elliptic follow-ups ("còn phường Đức Phổ thì sao?", "con xa dong cuu thi sao") that
 * continue the previous question's topic. Patterns: {@code follow-up-patterns.txt}.
 */
public final class FollowUpDetector {

    public static final String RESOURCE = "/vn/tdc/knowledge/assistant/follow-up-patterns.txt";

    private final PatternList patterns = PatternList.fromResource(RESOURCE);

    public boolean isFollowUp(String message) {
        return patterns.anyMatch(FoldedText.of(message));
    }
}
