package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.domain.Highlight;

/**
 * Finds the words of a text that a search matched, so that they can be shown highlighted.
 *
 * <p>Rules: the words are the plan's topic terms and the names of the places it names; a term typed without
 * diacritics matches its folded form ("can doi chung" marks "cân đối chứng"), one typed with them matches as typed
 * ("cân" does not mark "cần"); weak terms (probable function words typed without diacritics, "cua", "do") mark a
 * word only where it stands next to the other word of a query pair ("do luong" marks "đo lường", not "do"); so does
 * any term typed without diacritics that is one word of a query pair, because a folded syllable alone is too
 * ambiguous ("hang gia" marks "hàng giả", not the "gia" of "tham gia"; a one-word query "gia" still marks it).
 * Matched words separated only by spaces form one highlight ("cân đối chứng", not three). Offsets are UTF-16 code
 * units of the text as given. Thread-safe.
 *
 * <p>Why not Lucene's {@code UnifiedHighlighter} (with {@link ExcerptSelector}, measured by {@code bench/highlight.sh}
 * on 2026-12-03: the seed index of 144 chunks of {@code content/documents} and {@code content/articles}, the 357
 * answerable questions of the QA sets as typed and without diacritics plus 14 search-box queries, top 10 hits each,
 * 7 171 hits):
 * <ul>
 *   <li>used as one first would — the search's query on the folded field, the index analyzer, sentence passages — it
 *       marks words these rules do not: "cần" for "cân" (2 322), weak words alone (1 242) and 13 715 words that are
 *       not query words, only 74 % of its marks agreeing; 5 807 of its highlights start or end inside a word, because
 *       the analyzer spells out abbreviations ("UBND") before tokenizing and offsets are not corrected; it misses the
 *       place names (6 717 words), which the search applies as filters;</li>
 *   <li>given every advantage — a highlight query written by these rules, the analyzer chain without the abbreviation
 *       step, passages of whole lines closest to 500 characters — 99.3 % of its marks agree, but it still marks
 *       stop words where a shingle joined the words around them ("thiện các văn" for "hoan thien van ban"), it needs
 *       its own copy of the analyzer chain, a second query builder, a formatter for offsets and three more jars in
 *       the WAR, and it takes 125–135 µs a hit (mean, 3 runs) where this class with {@link ExcerptSelector} takes
 *       42–61 µs;</li>
 *   <li>the excerpts are as good either way: an expected fact of the QA sets is in the top-3 excerpts for 707 of 714
 *       questions here and with the tuned UnifiedHighlighter, 705 as first used.</li>
 * </ul>
 * "can doi chung" marks "cân đối chứng" as one highlight with this class and with both.
 */
public final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** A word of the text, lower case (NFC) and folded. */
    private record Token(int start, int end, String lower, String folded) {
    }

    public List<Highlight> highlight(String text, SearchPlan plan) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> exact = new HashSet<>();
        Set<String> folded = new HashSet<>();
        Set<String> paired = new HashSet<>();
        for (QueryTerm[] b : plan.bigrams()) {
            for (QueryTerm t : b) {
                if (!t.accented()) {
                    paired.add(t.folded());
                }
            }
        }
        for (QueryTerm t : plan.terms()) {
            if (!t.weak() && (t.accented() || !paired.contains(t.folded()))) {
                (t.accented() ? exact : folded).add(t.accented() ? t.lower() : t.folded());
            }
        }
        for (String key : plan.places().places()) {
            folded.addAll(List.of(key.split(" ")));
        }
        for (String key : plan.places().regions()) {
            folded.addAll(List.of(key.split(" ")));
        }
        folded.remove("");
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), VietnameseFolding.nfc(m.group()).toLowerCase(Locale.ROOT),
                    VietnameseFolding.fold(m.group())));
        }
        boolean[] marked = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            marked[i] = folded.contains(t.folded()) || exact.contains(t.lower());
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!onlySpacesBetween(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
                continue;
            }
            for (QueryTerm[] b : plan.bigrams()) {
                if (matches(b[0], tokens.get(i)) && matches(b[1], tokens.get(i + 1))) {
                    marked[i] = true;
                    marked[i + 1] = true;
                }
            }
        }
        List<Highlight> highlights = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && marked[j + 1] && onlySpacesBetween(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
                j++;
            }
            highlights.add(new Highlight(tokens.get(i).start(), tokens.get(j).end()));
            i = j + 1;
        }
        return List.copyOf(highlights);
    }

    /** A word of a query bigram, weak or not ("do" in "do luong"): as typed when typed with diacritics, else folded. */
    private static boolean matches(QueryTerm term, Token token) {
        return term.accented() ? term.lower().equals(token.lower()) : term.folded().equals(token.folded());
    }

    private static boolean onlySpacesBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
