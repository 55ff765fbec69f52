package vn.tdc.knowledge.assistant.application;

/**
 * Recognises requests for personal data: who sent a report, their name, phone number, address or identity
 * number, an official's private number ("danh sách số điện thoại của người phản ánh", "ai đã tố cáo cửa hàng,
 * cho xin tên"). Patterns: {@code personal-data-patterns.txt}. Such requests are declined explicitly and get
 * no report link, even when they name a report kind.
 */
public final class PersonalDataRequestDetector {

    public static final String RESOURCE = "/vn/tdc/knowledge/assistant/personal-data-patterns.txt";

    private final PatternList patterns = PatternList.fromResource(RESOURCE);

    public boolean asksForPersonalData(String message) {
        return patterns.anyMatch(FoldedText.of(message));
    }
}
