package vn.tdc.knowledge.search.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Function words removed before indexing ("và", "của", "là", "các", …), read from
 * {@code stopwords-vi.txt}. The list deliberately leaves out question words ("nào", "ai", "gì"):
 * question-type detection works on the raw question, and these words are handled as query noise.
 */
public final class VietnameseStopWords {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/stopwords-vi.txt";

    private static final VietnameseStopWords DEFAULT = new VietnameseStopWords(ResourceLines.read(RESOURCE));

    private final CharArraySet exact;
    private final Set<String> folded;

    public VietnameseStopWords(List<String> words) {
        Set<String> lower = new HashSet<>();
        Set<String> fold = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
            fold.add(VietnameseFolding.fold(w));
        }
        this.exact = CharArraySet.unmodifiableSet(new CharArraySet(lower, false));
        this.folded = Set.copyOf(fold);
    }

    public static VietnameseStopWords defaults() {
        return DEFAULT;
    }

    /** Lower-case stop words with their diacritics, as the analyzers remove them. */
    public CharArraySet exact() {
        return exact;
    }

    public boolean isStopWord(String lowerCased) {
        return exact.contains(lowerCased);
    }

    /** Folded forms, used to recognise stop words typed without diacritics. */
    public boolean isFoldedStopWord(String folded) {
        return this.folded.contains(folded);
    }
}
