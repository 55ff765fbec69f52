package vn.tdc.knowledge.assistant.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdc.knowledge.search.analysis.VietnameseStopWords;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;

/** The syllables of a piece of text, exact and folded, and its folded syllable bigrams (also across function words). */
final class TokenBag {

    static final TokenBag EMPTY = new TokenBag(List.of());

    private final Set<String> exact = new HashSet<>();
    private final Set<String> folded = new HashSet<>();
    private final Set<String> foldedPairs = new HashSet<>();

    TokenBag(List<Word> words) {
        String previousContent = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            exact.add(w.lower());
            folded.add(w.folded());
            if (i + 1 < words.size()) {
                foldedPairs.add(w.folded() + " " + words.get(i + 1).folded());
            }
            // pairs across function words too, as the index forms them ("huy động [các] nguồn lực" → "động nguồn")
            if (!STOP_WORDS.isStopWord(w.lower())) {
                if (previousContent != null) {
                    foldedPairs.add(previousContent + " " + w.folded());
                }
                previousContent = w.folded();
            }
        }
    }

    private static final VietnameseStopWords STOP_WORDS = VietnameseStopWords.defaults();

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
