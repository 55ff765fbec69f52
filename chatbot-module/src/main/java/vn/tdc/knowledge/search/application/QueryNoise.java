package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import vn.tdc.knowledge.search.analysis.ResourceLines;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;

/**
 * Question words, politeness and pronouns that say nothing about the topic ("như thế nào", "cho tôi hỏi",
 * "ạ"), read from {@code query-noise-vi.txt}. An entry matches words typed with the same diacritics, or
 * typed without any diacritics unless the entry is marked "!" (ambiguous without them: "hỏi"/"hội").
 */
public final class QueryNoise {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/query-noise-vi.txt";

    private record Entry(List<String> lower, List<String> folded, boolean exactOnly) {
    }

    private static final QueryNoise DEFAULT = new QueryNoise(ResourceLines.read(RESOURCE));

    private final List<Entry> entries;
    /** Entries by the folded form of their first word, longest first: the candidates at a position. */
    private final Map<String, List<Entry>> byFirstWord;

    public QueryNoise(List<String> lines) {
        WordSplitter splitter = new WordSplitter();
        List<Entry> list = new ArrayList<>();
        for (String line : lines) {
            boolean exactOnly = line.startsWith("!");
            List<Word> words = splitter.split(exactOnly ? line.substring(1) : line);
            if (!words.isEmpty()) {
                list.add(new Entry(words.stream().map(Word::lower).toList(), words.stream().map(Word::folded).toList(), exactOnly));
            }
        }
        list.sort(Comparator.comparingInt((Entry e) -> e.lower().size()).reversed());
        this.entries = List.copyOf(list);
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (Entry e : this.entries) {
            byFirst.computeIfAbsent(e.folded().get(0), k -> new ArrayList<>()).add(e);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(byFirst);
    }

    public static QueryNoise defaults() {
        return DEFAULT;
    }

    /** Marks the words of a question that are noise. */
    public boolean[] mark(List<Word> words) {
        return mark(words, false);
    }

    /**
     * Marks the words typed without diacritics that would be noise if typed with them: the folded form of
     * an entry marked "!" ("vay" for "vậy", "nhi" for "nhỉ", "muon" for "muốn"). Whether they are noise
     * depends on the question: see {@link SearchPlanner}.
     */
    public boolean[] markAmbiguous(List<Word> words) {
        return mark(words, true);
    }

    private boolean[] mark(List<Word> words, boolean ambiguous) {
        boolean[] noise = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            for (Entry e : byFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
                if (ambiguous ? matchesPlainForm(e, words, i) : matches(e, words, i)) {
                    for (int k = 0; k < e.lower().size(); k++) {
                        noise[i + k] = true;
                    }
                    break;
                }
            }
        }
        return noise;
    }

    /** An entry marked "!" whose words are all typed without diacritics but fold to the entry's words. */
    private static boolean matchesPlainForm(Entry e, List<Word> words, int at) {
        if (!e.exactOnly() || at + e.lower().size() > words.size()) {
            return false;
        }
        for (int k = 0; k < e.lower().size(); k++) {
            Word w = words.get(at + k);
            if (VietnameseFolding.hasDiacritics(w.lower()) || !w.folded().equals(e.folded().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Entry e, List<Word> words, int at) {
        if (at + e.lower().size() > words.size()) {
            return false;
        }
        for (int k = 0; k < e.lower().size(); k++) {
            Word w = words.get(at + k);
            boolean same = w.lower().equals(e.lower().get(k));
            boolean typedPlain = !e.exactOnly() && !VietnameseFolding.hasDiacritics(w.lower()) && w.folded().equals(e.folded().get(k));
            if (!same && !typedPlain) {
                return false;
            }
        }
        return true;
    }
}
