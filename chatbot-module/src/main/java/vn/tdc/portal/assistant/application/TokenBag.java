package vn.tdc.portal.assistant.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdc.portal.search.analysis.WordSplitter.Word;

/** The syllables of a piece of text, exact and folded, and its folded syllable bigrams. */
final class TokenBag {

    static final TokenBag EMPTY = new TokenBag(List.of());

    private final Set<String> exact = new HashSet<>();
    private final Set<String> folded = new HashSet<>();
    private final Set<String> foldedPairs = new HashSet<>();

    TokenBag(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            exact.add(words.get(i).lower());
            folded.add(words.get(i).folded());
            if (i + 1 < words.size()) {
                foldedPairs.add(words.get(i).folded() + " " + words.get(i + 1).folded());
            }
        }
    }

    boolean hasExact(String lower) {
        return exact.contains(lower);
    }

    boolean hasFolded(String f) {
        return folded.contains(f);
    }

    boolean hasPair(String foldedPair) {
        return foldedPairs.contains(foldedPair);
    }

    /** All words of a folded phrase occur (in any order). */
    boolean hasAll(List<String> foldedWords) {
        return folded.containsAll(foldedWords);
    }
}
