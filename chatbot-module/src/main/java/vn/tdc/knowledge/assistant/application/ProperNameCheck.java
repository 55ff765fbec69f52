package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.Abbreviations;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.analysis.VietnameseStopWords;
import vn.tdc.knowledge.search.application.PassageIndex;

/**
 * Finds proper names in a question that the documents never mention: runs of two or more capitalised
 * words ("Nhật Bản", "Truyện Kiều", "Manchester United") none of whose adjacent pairs occurs in the
 * index. A question about such a name is about something else, even if its separate syllables ("nhật"
 * in "cập nhật", "bản" in "văn bản") are common in the documents. The first word of the message is capitalised
 * anyway, so a run starting the message needs a second capitalised word ("Hà Nội triển khai…"); place names
 * known to the index are not checked here. Pairs with a function word ("Các Tổ") are never indexed and not checked.
 */
final class ProperNameCheck {

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}]*)+");

    private final PassageIndex index;
    private final VietnameseStopWords stopWords = VietnameseStopWords.defaults();

    ProperNameCheck(PassageIndex index) {
        this.index = index;
    }

    /** Whether the message names something (two capitalised words or more) absent from the documents. */
    boolean namesUnknownEntity(String message) {
        // spelled out first: "Sở KH&CN" is "Sở Khoa học và Công nghệ", which the documents name
        String text = Abbreviations.defaults().expand(VietnameseFolding.nfc(message).strip());
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("[ \\t]+")));
            if (words.size() < 2) {
                continue;
            }
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!isStopWord(words.get(i)) && !isStopWord(words.get(i + 1))) {
                    pairs.add(VietnameseFolding.fold(words.get(i)) + " " + VietnameseFolding.fold(words.get(i + 1)));
                }
            }
            if (!pairs.isEmpty() && index.countKnownTerms(pairs) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A function word ("Các Tổ dân phố…"): never indexed, so a pair with it says nothing. */
    private boolean isStopWord(String word) {
        return stopWords.isStopWord(VietnameseFolding.nfc(word).toLowerCase());
    }
}
