package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.analysis.WordSplitter.Word;
import vn.tdc.knowledge.search.domain.IndexChunk;

/**
 * Chooses the excerpt shown for a search hit: the whole passage when short, otherwise the window of
 * consecutive lines (≈{@value #TARGET_LENGTH} characters) that contains the most distinct query terms and
 * bigrams (then the most matches), preceded by the section heading line so the excerpt stays understandable.
 * Lucene's {@code UnifiedHighlighter} was measured as a replacement of this class and {@link Highlighter} together and
 * not taken: the reasons and figures are in {@link Highlighter}.
 */
public final class ExcerptSelector {

    static final int TARGET_LENGTH = 500;
    /** A passage this much longer than the target is still shown whole rather than cut. */
    static final int SLACK = 100;
    /** Weight of repeated matches (the per-line sum) next to the distinct terms a window covers. */
    static final double REPEAT_WEIGHT = 0.1;

    private final WordSplitter splitter = new WordSplitter();

    public String select(IndexChunk chunk, SearchPlan plan) {
        String text = chunk.text();
        if (text.length() <= TARGET_LENGTH + SLACK) {
            return text;
        }
        String[] lines = text.split("\n");
        List<Set<String>> found = new ArrayList<>(lines.length);
        double[] lineScores = new double[lines.length];
        for (int i = 0; i < lines.length; i++) {
            found.add(matches(lines[i], plan));
            lineScores[i] = score(found.get(i), plan);
        }
        int bestStart = 0;
        int bestEnd = 1;
        double best = -1;
        for (int start = 0; start < lines.length; start++) {
            int length = 0;
            double sum = 0;
            Set<String> window = new HashSet<>();
            int end = start;
            while (end < lines.length && (end == start || length + lines[end].length() <= TARGET_LENGTH)) {
                length += lines[end].length() + 1;
                sum += lineScores[end];
                window.addAll(found.get(end));
                end++;
            }
            double windowScore = score(window, plan) + REPEAT_WEIGHT * sum;
            if (windowScore > best) {
                best = windowScore;
                bestStart = start;
                bestEnd = end;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (bestStart > 0) {
            if (!chunk.heading().isEmpty() && lines[0].startsWith(chunk.heading())) {
                sb.append(lines[0]).append('\n');
            }
            sb.append("…\n");
        }
        for (int i = bestStart; i < bestEnd; i++) {
            sb.append(lines[i]).append('\n');
        }
        if (bestEnd < lines.length) {
            sb.append('…');
        }
        return sb.toString().strip();
    }

    /** The query terms and bigrams (folded, bigrams as "a b") found in a line. */
    private Set<String> matches(String line, SearchPlan plan) {
        List<Word> words = splitter.split(line);
        Set<String> folded = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            folded.add(words.get(i).folded());
            if (i + 1 < words.size()) {
                pairs.add(words.get(i).folded() + " " + words.get(i + 1).folded());
            }
        }
        Set<String> found = new HashSet<>();
        for (QueryTerm t : plan.terms()) {
            if (folded.contains(t.folded())) {
                found.add(t.folded());
            }
        }
        for (QueryTerm[] b : plan.bigrams()) {
            String pair = b[0].folded() + " " + b[1].folded();
            if (pairs.contains(pair)) {
                found.add(pair);
            }
        }
        return found;
    }

    /** Distinct query terms (weak ones count little) and bigrams among those found. */
    private static double score(Set<String> found, SearchPlan plan) {
        double s = 0;
        for (QueryTerm t : plan.terms()) {
            if (found.contains(t.folded())) {
                s += t.weak() ? 0.2 : 1;
            }
        }
        for (QueryTerm[] b : plan.bigrams()) {
            if (found.contains(b[0].folded() + " " + b[1].folded())) {
                s += 1;
            }
        }
        return s;
    }
}
