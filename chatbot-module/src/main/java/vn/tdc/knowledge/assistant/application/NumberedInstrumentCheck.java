package vn.tdc.knowledge.assistant.application;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.application.PassageIndex;

/**
 * Finds a numbered legal instrument the documents never mention: a decree, decision, resolution, circular, law,
 * directive or official letter named with its number ("Nghị định 100", "Thông tư 05/2025", "Luật số 68") whose kind
 * and number occur together in no indexed passage. A question about it is about another text, even when its number
 * ("100" of "100% các phương tiện đo") and its other words are in the plans. Plans ("kế hoạch 37") are not checked:
 * their own numbers stand in their headers, apart from the word.
 */
final class NumberedInstrumentCheck {

    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(chi thi|quyet dinh|nghi quyet|nghi dinh|thong tu|luat|cong van)( so)? (\\d{2,})");

    private final PassageIndex index;

    NumberedInstrumentCheck(PassageIndex index) {
        this.index = index;
    }

    /** Whether the (folded) question names an instrument by a number the documents do not give it. */
    boolean namesUnknownInstrument(FoldedText question) {
        Matcher m = NUMBERED.matcher(question.folded());
        while (m.find()) {
            if (!index.mentionsTogether(List.of(m.group(1), m.group(3)))) {
                return true;
            }
        }
        return false;
    }
}
