package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdc.knowledge.search.analysis.Abbreviations;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.analysis.VietnameseStopWords;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * Turns a free-text question into a {@link SearchPlan}.
 *
 * <p>Rules: chat abbreviations are read as words ("ko" → "không"), abbreviations of bodies spelled out; place names
 * become filters and leave the topic; stop words leave the topic (in a question typed
 * entirely without diacritics, a stop word's folded form too; when its folded form is also a content word of the index, as "co" is
 * for "cơ quan", it stays as a weak term); question words and politeness ({@link QueryNoise}) leave the topic, and so
 * do particles typed without diacritics ("vay" for "vậy", "nhi" for "nhỉ") when no indexed word has that folded form
 * or when they end the question ("… co clb khong"); the
 * remaining syllables are the terms, consecutive ones also form bigrams; expansions are attached
 * to single terms and to both terms of a two-syllable key.
 */
public final class SearchPlanner {

    /** Tells whether a folded syllable occurs in the indexed text at all. */
    @FunctionalInterface
    public interface Vocabulary {
        boolean contains(String folded);
    }

    private final WordSplitter splitter = new WordSplitter();
    private final VietnameseStopWords stopWords;
    private final QueryNoise noise;
    private final QueryExpansions expansions;
    private final RoleWords roleWords;

    public SearchPlanner(VietnameseStopWords stopWords, QueryNoise noise, QueryExpansions expansions) {
        this(stopWords, noise, expansions, RoleWords.defaults());
    }

    public SearchPlanner(VietnameseStopWords stopWords, QueryNoise noise, QueryExpansions expansions, RoleWords roleWords) {
        this.stopWords = stopWords;
        this.noise = noise;
        this.expansions = expansions;
        this.roleWords = roleWords;
    }

    public SearchPlanner() {
        this(VietnameseStopWords.defaults(), QueryNoise.defaults(), QueryExpansions.defaults(), RoleWords.defaults());
    }

    public SearchPlan plan(String question, int limit, Optional<SourceType> type, PlaceDirectory places, Vocabulary vocabulary) {
        String text = Abbreviations.question(question);
        String expanded = Abbreviations.defaults().expand(text);
        List<Word> words = splitter.splitAsWritten(expanded);
        PlaceMention mention = places.detect(text, words);
        boolean[] noisy = noise.mark(words);
        // judged on the words as typed: "hdnd" spelled out as "Hội đồng nhân dân" does not make a question accented
        boolean typedPlain = typedWithoutDiacritics(expanded.equals(text) ? words : splitter.splitAsWritten(text));
        boolean[] ambiguousNoise = typedPlain ? noise.markAmbiguous(words) : new boolean[words.size()];
        boolean[] roles = roleWords.roles(words);
        boolean[] fillers = roleWords.fillers(words);
        List<Word> topic = new ArrayList<>();
        Set<String> weak = new HashSet<>();
        Set<String> role = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean plainForm = typedPlain && !w.accented();
            if (mention.covers(i) || noisy[i] || (!plainForm && stopWords.isStopWord(w.lower()))) {
                continue;
            }
            if (roles[i] || fillers[i]) {
                // "bên nào phụ trách…", "đứng ra lo…", "cái cân": says which kind of answer, not what about
                weak.add(w.folded());
                if (roles[i]) {
                    role.add(w.folded());
                }
                topic.add(w);
                continue;
            }
            if (ambiguousNoise[i] && (!vocabulary.contains(w.folded()) || isLastWord(words, i))) {
                continue;
            }
            if (typedPlain && isPlainStopWord(w)) {
                if (!vocabulary.contains(w.folded())) {
                    continue;
                }
                weak.add(w.folded());
            }
            topic.add(w);
        }
        Map<String, List<List<String>>> alternatives = new LinkedHashMap<>();
        for (int i = 0; i < topic.size(); i++) {
            alternatives.computeIfAbsent(topic.get(i).folded(), k -> new ArrayList<>()).addAll(expansions.of(topic.get(i).folded()));
            if (role.contains(topic.get(i).folded())) {
                alternatives.get(topic.get(i).folded()).addAll(roleWords.answers());
            }
            if (i + 1 < topic.size()) {
                List<List<String>> pair = expansions.of(topic.get(i).folded() + " " + topic.get(i + 1).folded());
                alternatives.get(topic.get(i).folded()).addAll(pair);
                alternatives.computeIfAbsent(topic.get(i + 1).folded(), k -> new ArrayList<>()).addAll(pair);
            }
        }
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        List<QueryTerm> sequence = new ArrayList<>();
        for (Word w : topic) {
            QueryTerm t = terms.computeIfAbsent(w.folded(), f -> new QueryTerm(w.lower(), f, alternatives.get(f), weak.contains(f), !typedPlain));
            sequence.add(t);
        }
        List<QueryTerm[]> bigrams = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < sequence.size(); i++) {
            QueryTerm a = sequence.get(i);
            QueryTerm b = sequence.get(i + 1);
            if (a != b && seen.add(a.folded() + " " + b.folded())) {
                bigrams.add(new QueryTerm[] {a, b});
            }
        }
        return new SearchPlan(text, new ArrayList<>(terms.values()), bigrams, mention, type, limit);
    }

    /**
     * Whether the question is (mostly) typed without diacritics. Most Vietnamese syllables carry a mark,
     * so a question where fewer than half of the alphabetic syllables have one ("Xã Đông Cứu tuyen truyen
     * qua kenh nao") is treated as plain text: its unmarked syllables may stand for marked ones.
     */
    static boolean typedWithoutDiacritics(List<Word> words) {
        long alphabetic = words.stream().filter(w -> w.folded().chars().anyMatch(Character::isLetter)).count();
        long accented = words.stream().filter(Word::accented).count();
        return accented * 2 < alphabetic;
    }

    /** The last word of the question ("… co clb khong", "… lam gi vay"): where particles stand. */
    private static boolean isLastWord(List<Word> words, int i) {
        return i == words.size() - 1;
    }

    private boolean isPlainStopWord(Word w) {
        return !w.accented() && stopWords.isFoldedStopWord(w.folded());
    }
}
