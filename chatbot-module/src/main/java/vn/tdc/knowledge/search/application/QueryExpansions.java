package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdc.knowledge.search.analysis.ResourceLines;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;

/**
 * Domain synonyms for questions ("kênh" → "hình thức", "thông qua"; "kinh phí" → "ngân sách"), read
 * from {@code query-expansions-vi.txt}. Keys of one or two syllables; all compared folded.
 */
public final class QueryExpansions {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/query-expansions-vi.txt";

    private static final QueryExpansions DEFAULT = new QueryExpansions(ResourceLines.read(RESOURCE));

    private final Map<String, List<List<String>>> alternatives;

    public QueryExpansions(List<String> lines) {
        WordSplitter splitter = new WordSplitter();
        Map<String, List<List<String>>> map = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expansion line is not 'term = alt | alt': " + line);
            }
            String key = String.join(" ", splitter.split(line.substring(0, eq)).stream().map(Word::folded).toList());
            List<List<String>> alts = new ArrayList<>();
            for (String alt : line.substring(eq + 1).split("\\|")) {
                List<String> words = splitter.split(alt).stream().map(Word::folded).toList();
                if (!words.isEmpty()) {
                    alts.add(words);
                }
            }
            map.computeIfAbsent(key, k -> new ArrayList<>()).addAll(alts);
        }
        this.alternatives = Map.copyOf(map);
    }

    public static QueryExpansions defaults() {
        return DEFAULT;
    }

    /** Alternatives (folded word lists) for a folded one- or two-syllable key; empty when none. */
    public List<List<String>> of(String foldedKey) {
        return alternatives.getOrDefault(foldedKey, List.of());
    }
}
