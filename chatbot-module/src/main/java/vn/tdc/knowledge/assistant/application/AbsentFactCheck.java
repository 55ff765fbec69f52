package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.ResourceLines;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.application.PassageIndex;

/**
 * Recognises questions asking for a fact the documents never state ({@code absent-facts.txt}: address, phone
 * number, opening hours, amount of a fine…). Such a question shares many words with the plans ("Sở Khoa học và
 * Công nghệ", "UBND phường…") but is not answered by them; it is declined when no directive or plan mentions it.
 * Articles do not count: they tell residents what to write in a report ("địa chỉ cơ sở", "số điện thoại của bạn"),
 * which says nothing of an office's address or phone number.
 *
 * <p>A question typed with diacritics is compared as typed ("mục phát" is not "mức phạt"); one typed without
 * them is compared folded, and a match whose first or last syllable forms an indexed pair with the word next to
 * it ("chuyen muc" + "phat song") is taken to be those other words.
 */
final class AbsentFactCheck {

    static final String RESOURCE = "/vn/tdc/knowledge/assistant/absent-facts.txt";

    private record Ask(List<String> lower, List<String> folded, List<String> indexTerms, Set<String> notBefore) {
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private final PassageIndex index;
    private final List<Ask> asks;

    AbsentFactCheck(PassageIndex index) {
        this(index, ResourceLines.read(RESOURCE));
    }

    AbsentFactCheck(PassageIndex index, List<String> lines) {
        this.index = index;
        List<Ask> list = new ArrayList<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            String phrase = (bar < 0 ? line : line.substring(0, bar)).strip();
            List<String> lower = words(VietnameseFolding.nfc(phrase).toLowerCase());
            if (lower.isEmpty()) {
                continue;
            }
            List<String> folded = lower.stream().map(VietnameseFolding::fold).toList();
            List<String> terms = new ArrayList<>();
            if (folded.size() == 1) {
                terms.add(folded.get(0));
            }
            for (int i = 0; i + 1 < folded.size(); i++) {
                terms.add(folded.get(i) + " " + folded.get(i + 1));
            }
            Set<String> notBefore = bar < 0 ? Set.of()
                    : Set.copyOf(Arrays.stream(line.substring(bar + 1).split(",")).map(FoldedText::foldPhrase).filter(w -> !w.isEmpty()).toList());
            list.add(new Ask(lower, folded, List.copyOf(terms), notBefore));
        }
        this.asks = List.copyOf(list);
    }

    /** Whether the question asks for one of the listed facts and the documents never mention it. */
    boolean asksForAbsentFact(FoldedText question) {
        if (asks.stream().noneMatch(ask -> question.folded().contains(ask.folded().get(0)))) {
            return false;
        }
        List<String> folded = words(question.folded());
        List<String> lower = words(question.lower());
        boolean asTyped = question.typedWithDiacritics() && lower.size() == folded.size();
        for (Ask ask : asks) {
            int n = ask.folded().size();
            for (int i = 0; i + n <= folded.size(); i++) {
                if (!folded.get(i).equals(ask.folded().get(0))) {
                    continue;
                }
                boolean same = asTyped ? lower.subList(i, i + n).equals(ask.lower()) : folded.subList(i, i + n).equals(ask.folded());
                if (!same || (i + n < folded.size() && ask.notBefore().contains(folded.get(i + n)))) {
                    continue;
                }
                if (!asTyped && insideKnownCompound(folded, i, i + n)) {
                    continue;
                }
                if (index.countKnownDocumentTerms(ask.indexTerms()) < ask.indexTerms().size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words around [from, to) join its first or last word into an indexed pair. */
    private boolean insideKnownCompound(List<String> words, int from, int to) {
        List<String> pairs = new ArrayList<>();
        if (from > 0) {
            pairs.add(words.get(from - 1) + " " + words.get(from));
        }
        if (to < words.size()) {
            pairs.add(words.get(to - 1) + " " + words.get(to));
        }
        return !pairs.isEmpty() && index.countKnownTerms(pairs) > 0;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(text)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
