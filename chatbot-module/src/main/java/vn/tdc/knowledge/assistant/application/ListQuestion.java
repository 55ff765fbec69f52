package vn.tdc.knowledge.assistant.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking which places or plans say something ("Những địa phương nào phải báo cáo trước ngày 15/11?",
 * "Kế hoạch của những nơi nào nhắc tới blockchain?", "nhung noi nao tuyen truyen qua mang xa hoi"). It is answered
 * over documents: every plan whose passages answer the rest of the question is quoted and cited.
 */
final class ListQuestion {

    private static final String WHICH = "(nào|nao)";
    private static final Pattern LIST_PHRASE = Pattern.compile(
            "(?iu)(\\b(kế hoạch|ke hoach|văn bản|van ban)\\s+(của|cua)\\s+)?\\b(những|nhung|các|cac)\\s+(địa phương|dia phuong|nơi|noi|kế hoạch|ke hoach|văn bản|van ban"
                    + "|phường,? xã|phuong,? xa|phường|phuong|xã|xa|tỉnh|tinh|đơn vị|don vi|cấp|cap)\\s+" + WHICH + "\\b"
                    + "|\\b(địa phương|dia phuong|nơi|noi|kế hoạch|ke hoach|văn bản|van ban)\\s+" + WHICH + "\\s+(cũng|cung)\\b");

    private ListQuestion() {
    }

    /**
     * The question without its "những địa phương nào" (and a "kế hoạch của" before it, which only says the places'
     * plans are meant), if it is a list question: what every plan is checked for.
     */
    static Optional<String> topic(String message) {
        Matcher m = LIST_PHRASE.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of((message.substring(0, m.start()) + " " + message.substring(m.end())).replaceAll("\\s+", " ").strip());
    }
}
