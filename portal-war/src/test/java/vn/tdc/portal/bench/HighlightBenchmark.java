package vn.tdc.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import vn.tdc.knowledge.search.analysis.ContiguousPositionFilter;
import vn.tdc.knowledge.search.analysis.DiacriticFoldingFilter;
import vn.tdc.knowledge.search.analysis.VietnameseAnalyzer;
import vn.tdc.knowledge.search.analysis.VietnameseAnalyzer.Variant;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.knowledge.search.analysis.VietnameseStopWords;
import vn.tdc.knowledge.search.application.ExcerptSelector;
import vn.tdc.knowledge.search.application.Highlighter;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.Highlight;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.portal.article.infrastructure.SeedContentIndex;

/**
 * Compares the search excerpts and highlights of the portal ({@link ExcerptSelector} + {@link Highlighter}) with
 * Lucene's {@link UnifiedHighlighter} on the seed index (the plans of {@code content/documents} and the articles of
 * {@code content/articles}), for the questions of chatbot-module's QA sets as typed and typed without diacritics,
 * plus a few search-box queries. Not a test: run through {@code bench/highlight.sh}.
 *
 * <p>Three ways of making the excerpt of a hit and its highlights:
 * <ul>
 *   <li><b>portal</b>: the code the search page runs;</li>
 *   <li><b>UH as used</b>: UnifiedHighlighter on the folded field with the search's own query (the exact field's
 *       matches added through masked fields), the index analyzer, sentence passages, the best 3 joined;</li>
 *   <li><b>UH tuned</b>: UnifiedHighlighter given every advantage: a query written for highlighting by the portal's
 *       rules (terms typed with diacritics only on the exact field, weak words only inside their pair, the place
 *       names), an analyzer without the abbreviation step (whose expansion shifts every later offset), passages of
 *       whole lines closest to 500 characters (the whole chunk up to 600), and matched words separated by spaces
 *       joined into one highlight.</li>
 * </ul>
 * For each it prints: how often an expected fact of the QA set is in the top-3 excerpts (the measure of
 * {@code AnswerQualityTest}), the highlighted words measured against the portal's highlighting rules (those of
 * {@code HighlighterTest}) applied to the same excerpt — agreeing, marked against the rules (by kind) and missed — the
 * number of highlights, and the time to make one hit's excerpt and highlights.
 */
public final class HighlightBenchmark {

    private static final String TEXT_EXACT = "text_exact";
    private static final String TEXT_FOLDED = "text_folded";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int HITS = 10;
    private static final List<String> SEARCH_BOX = List.of("can doi chung", "cân đối chứng", "do luong", "đo lường",
            "kiểm tra đo lường", "hang gia", "xăng dầu", "cot bom xang", "tem chong gia", "ma QR truy xuat",
            "UBND xã Đông Cứu", "phuong Duc Pho", "kinh phí thực hiện", "bao cao ket qua");

    /** An excerpt and its highlights, [start, end) in UTF-16 units of the excerpt. */
    record Excerpt(String text, List<int[]> spans) {
    }

    interface Method {
        String name();

        Excerpt excerpt(IndexChunk chunk, SearchPlan plan) throws IOException;
    }

    record Query1(String text, List<String> expected) {
    }

    private HighlightBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path qaDir = Path.of(args.length > 0 ? args[0] : "../chatbot-module/src/test/resources");
        List<Query1> queries = new ArrayList<>();
        for (String set : List.of("sample-qa.jsonl", "own-qa.jsonl", "blind-qa.jsonl", "dev-qa.jsonl")) {
            for (String line : Files.readAllLines(qaDir.resolve(set), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    JsonObject o = reader.readObject();
                    if (o.getString("kind").equals("out_of_scope")) {
                        continue;
                    }
                    List<String> expected = o.getJsonArray("expect_any").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList();
                    queries.add(new Query1(o.getString("question"), expected));
                    queries.add(new Query1(withoutDiacritics(o.getString("question")), expected));
                }
            }
        }
        SEARCH_BOX.forEach(q -> queries.add(new Query1(q, List.of())));

        try (DocumentIndex index = SeedContentIndex.build()) {
            System.out.printf("index: %d chunks; %d queries (%d with an expected fact), top %d hits each%n",
                    index.chunkCount(), queries.size(), queries.stream().filter(q -> !q.expected().isEmpty()).count(), HITS);
            List<Method> methods = List.of(portal(), unifiedAsUsed(), unifiedTuned());
            for (Method method : methods) {
                measure(method, index, queries);
            }
            System.out.println();
            System.out.println("== \"can doi chung\", first hit: what is highlighted");
            SearchPlan plan = index.plan("can doi chung", HITS, Optional.empty());
            IndexChunk first = index.retrieve(plan).get(0).chunk();
            for (Method method : methods) {
                Excerpt e = method.excerpt(first, plan);
                System.out.printf("%-12s %s%n", method.name(), e.spans().stream()
                        .map(s -> "[" + e.text().substring(s[0], s[1]) + "]").toList());
            }
            System.out.println("== \"cân đối chứng\" (typed with diacritics), first document hit with \"cần\"");
            plan = index.plan("cân đối chứng", HITS, Optional.empty());
            for (Passage p : index.retrieve(plan.withLimit(50))) {
                if (VietnameseFolding.nfc(p.chunk().text()).toLowerCase(Locale.ROOT).matches("(?s).*\\bcần\\b.*")) {
                    for (Method method : methods) {
                        Excerpt e = method.excerpt(p.chunk(), plan);
                        System.out.printf("%-12s %s%n", method.name(), e.spans().stream()
                                .map(s -> "[" + e.text().substring(s[0], s[1]) + "]").distinct().toList());
                    }
                    break;
                }
            }
        }
    }

    private static void measure(Method method, DocumentIndex index, List<Query1> queries) throws IOException {
        Highlighter rules = new Highlighter();
        int withExpected = 0;
        int foundInTop3 = 0;
        long agree = 0;
        long missed = 0;
        long missedPlace = 0;
        Map<String, Long> against = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        long spans = 0;
        long ruleSpans = 0;
        long hits = 0;
        for (Query1 q : queries) {
            SearchPlan plan = index.plan(q.text(), HITS, Optional.empty());
            List<Passage> passages = index.retrieve(plan);
            StringBuilder top3 = new StringBuilder();
            for (int i = 0; i < passages.size(); i++) {
                Excerpt e = method.excerpt(passages.get(i).chunk(), plan);
                hits++;
                if (i < 3) {
                    top3.append(e.text()).append('\n');
                }
                List<int[]> expected = rules.highlight(e.text(), plan).stream().map(h -> new int[] {h.start(), h.end()}).toList();
                spans += e.spans().size();
                ruleSpans += expected.size();
                Set<Integer> marked = wordsUnder(e.text(), e.spans());
                Set<Integer> ruled = wordsUnder(e.text(), expected);
                for (int start : marked) {
                    if (ruled.contains(start)) {
                        agree++;
                    } else {
                        String kind = kind(e.text(), start, plan);
                        against.merge(kind, 1L, Long::sum);
                        example(examples, kind, q.text(), e.text(), start);
                    }
                }
                for (int start : ruled) {
                    if (!marked.contains(start)) {
                        missed++;
                        if (isPlaceWord(e.text(), start, plan)) {
                            missedPlace++;
                        }
                        example(examples, "missed", q.text(), e.text(), start);
                    }
                }
                for (int[] s : e.spans()) {
                    if (!onWordBoundaries(e.text(), s)) {
                        against.merge("cut inside a word", 1L, Long::sum);
                        example(examples, "cut inside a word", q.text(), e.text(), s[0]);
                    }
                }
            }
            if (!q.expected().isEmpty()) {
                withExpected++;
                String folded = VietnameseFolding.fold(top3.toString());
                if (q.expected().stream().anyMatch(x -> folded.contains(VietnameseFolding.fold(x)))) {
                    foundInTop3++;
                }
            }
        }
        long[] nanos = time(method, index, queries);
        long marks = agree + against.values().stream().mapToLong(Long::longValue).sum()
                - against.getOrDefault("cut inside a word", 0L);
        System.out.println();
        System.out.printf("== %s%n", method.name());
        System.out.printf("expected fact in the top-3 excerpts: %d of %d questions (%.1f %%)%n", foundInTop3, withExpected,
                100.0 * foundInTop3 / withExpected);
        System.out.printf("highlighted words: %d, as the rules mark them: %d; against the rules: %s; missed: %d (place names %d)%n",
                marks, agree, against, missed, missedPlace);
        System.out.printf("highlights: %d (the rules make %d) over %d hits%n", spans, ruleSpans, hits);
        System.out.printf("time for one hit's excerpt and highlights: mean %.1f µs, p50 %.1f µs, p99 %.1f µs%n",
                Arrays.stream(nanos).average().orElse(0) / 1e3, nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3);
        examples.forEach((kind, list) -> list.forEach(x -> System.out.printf("  e.g. %s: %s%n", kind, x)));
    }

    /** Keeps the first three examples of a kind: the query, then the word in its context with the word in [ ]. */
    private static void example(Map<String, List<String>> examples, String kind, String query, String text, int start) {
        List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < 3) {
            Matcher m = WORD.matcher(text);
            int end = m.find(start) ? m.end() : Math.min(text.length(), start + 1);
            int from = Math.max(0, start - 30);
            int to = Math.min(text.length(), end + 30);
            list.add("\"" + query + "\" → …" + (text.substring(from, start) + "[" + text.substring(start, end) + "]"
                    + text.substring(end, to)).replace('\n', ' ') + "…");
        }
    }

    /** Per-hit times over every hit of every query, after a warm-up round; sorted. */
    private static long[] time(Method method, DocumentIndex index, List<Query1> queries) throws IOException {
        List<SearchPlan> plans = new ArrayList<>();
        List<List<Passage>> results = new ArrayList<>();
        for (Query1 q : queries) {
            SearchPlan plan = index.plan(q.text(), HITS, Optional.empty());
            plans.add(plan);
            results.add(index.retrieve(plan));
        }
        int total = results.stream().mapToInt(List::size).sum();
        long[] nanos = new long[total * 5];
        int n = 0;
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            for (int i = 0; i < plans.size(); i++) {
                for (Passage p : results.get(i)) {
                    long t = System.nanoTime();
                    Excerpt e = method.excerpt(p.chunk(), plans.get(i));
                    long d = System.nanoTime() - t;
                    sink += e.spans().size();
                    if (round >= 3) {
                        nanos[n++] = d;
                    }
                }
            }
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static Method portal() {
        ExcerptSelector selector = new ExcerptSelector();
        Highlighter highlighter = new Highlighter();
        return new Method() {
            @Override
            public String name() {
                return "portal";
            }

            @Override
            public Excerpt excerpt(IndexChunk chunk, SearchPlan plan) {
                String text = selector.select(chunk, plan);
                List<int[]> spans = new ArrayList<>();
                for (Highlight h : highlighter.highlight(text, plan)) {
                    spans.add(new int[] {h.start(), h.end()});
                }
                return new Excerpt(text, spans);
            }
        };
    }

    /** UnifiedHighlighter as one would first use it: the search's query, the index analyzer, sentence passages. */
    private static Method unifiedAsUsed() {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(Variant.EXACT, true),
                Map.of(TEXT_EXACT, new VietnameseAnalyzer(Variant.EXACT, true), TEXT_FOLDED, new VietnameseAnalyzer(Variant.FOLDED, true)));
        UnifiedHighlighter uh = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("vi")))
                .withMaskedFieldsFunc(field -> Set.of(TEXT_FOLDED, TEXT_EXACT))
                .withFormatter(new OffsetsFormatter(false))
                .build();
        return new Method() {
            @Override
            public String name() {
                return "UH as used";
            }

            @Override
            public Excerpt excerpt(IndexChunk chunk, SearchPlan plan) throws IOException {
                return (Excerpt) uh.highlightWithoutSearcher(TEXT_FOLDED, searchQuery(plan), chunk.text(), 3);
            }
        };
    }

    /** UnifiedHighlighter given the portal's rules wherever its configuration allows. */
    private static Method unifiedTuned() {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(withoutAbbreviations(false),
                Map.of(TEXT_EXACT, withoutAbbreviations(false), TEXT_FOLDED, withoutAbbreviations(true)));
        UnifiedHighlighter whole = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaskedFieldsFunc(field -> Set.of(TEXT_FOLDED, TEXT_EXACT))
                .withFormatter(new OffsetsFormatter(true))
                .build();
        UnifiedHighlighter lines = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator('\n'), 500, 0.3f))
                .withMaskedFieldsFunc(field -> Set.of(TEXT_FOLDED, TEXT_EXACT))
                .withFormatter(new OffsetsFormatter(true))
                .build();
        return new Method() {
            @Override
            public String name() {
                return "UH tuned";
            }

            @Override
            public Excerpt excerpt(IndexChunk chunk, SearchPlan plan) throws IOException {
                UnifiedHighlighter uh = chunk.text().length() <= 600 ? whole : lines;
                return (Excerpt) uh.highlightWithoutSearcher(TEXT_FOLDED, rulesQuery(plan), chunk.text(), 1);
            }
        };
    }

    /** The topic part of the search's own query (as LuceneQueryFactory builds it; place filters do not highlight). */
    private static Query searchQuery(SearchPlan plan) {
        BooleanQuery.Builder topic = new BooleanQuery.Builder();
        for (QueryTerm t : plan.terms()) {
            float factor = t.weak() ? 0.25f : 1f;
            topic.add(new BoostQuery(new TermQuery(new Term(TEXT_FOLDED, t.folded())), factor), Occur.SHOULD);
            if (t.prefersExact()) {
                topic.add(new BoostQuery(new TermQuery(new Term(TEXT_EXACT, t.lower())), 1.6f * factor), Occur.SHOULD);
            }
            for (List<String> alt : t.alternatives()) {
                String term = alt.size() == 1 ? alt.get(0) : alt.get(0) + " " + alt.get(1);
                topic.add(new BoostQuery(new TermQuery(new Term(TEXT_FOLDED, term)), 0.4f), Occur.SHOULD);
            }
        }
        for (QueryTerm[] b : plan.bigrams()) {
            float factor = b[0].weak() || b[1].weak() ? 0.25f : 1f;
            topic.add(new BoostQuery(new TermQuery(new Term(TEXT_FOLDED, b[0].folded() + " " + b[1].folded())), 1.5f * factor), Occur.SHOULD);
            if (b[0].prefersExact() || b[1].prefersExact()) {
                topic.add(new BoostQuery(new TermQuery(new Term(TEXT_EXACT, b[0].lower() + " " + b[1].lower())), 2.4f * factor), Occur.SHOULD);
            }
        }
        return topic.build();
    }

    /**
     * A query for highlighting by the portal's rules: a term typed with diacritics matches as typed (exact field), one
     * typed without matches its folded form; weak words only inside their pair (a bigram, folded unless both words
     * carry diacritics); the words of the places the query names.
     */
    private static Query rulesQuery(SearchPlan plan) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (QueryTerm t : plan.terms()) {
            if (!t.weak()) {
                q.add(t.accented() ? new TermQuery(new Term(TEXT_EXACT, t.lower())) : new TermQuery(new Term(TEXT_FOLDED, t.folded())), Occur.SHOULD);
            }
        }
        for (QueryTerm[] b : plan.bigrams()) {
            q.add(b[0].accented() && b[1].accented()
                    ? new TermQuery(new Term(TEXT_EXACT, b[0].lower() + " " + b[1].lower()))
                    : new TermQuery(new Term(TEXT_FOLDED, b[0].folded() + " " + b[1].folded())), Occur.SHOULD);
        }
        for (String key : placeWords(plan)) {
            q.add(new TermQuery(new Term(TEXT_FOLDED, key)), Occur.SHOULD);
        }
        return q.build();
    }

    private static Set<String> placeWords(SearchPlan plan) {
        Set<String> words = new HashSet<>();
        plan.places().places().forEach(p -> words.addAll(List.of(p.split(" "))));
        plan.places().regions().forEach(p -> words.addAll(List.of(p.split(" "))));
        words.remove("");
        return words;
    }

    /** The index analyzer's chain without its first step (abbreviations spelled out), whose offsets are not corrected. */
    private static Analyzer withoutAbbreviations(boolean folded) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, VietnameseStopWords.defaults().exact());
                if (folded) {
                    stream = new DiacriticFoldingFilter(stream);
                }
                stream = new ContiguousPositionFilter(stream);
                ShingleFilter shingle = new ShingleFilter(stream, 2, 2);
                shingle.setOutputUnigrams(true);
                return new TokenStreamComponents(source, shingle);
            }
        };
    }

    /** Passages joined with "…", their matches as spans of the joined text; overlapping matches merged. */
    private static final class OffsetsFormatter extends PassageFormatter {
        private final boolean joinAcrossSpaces;

        OffsetsFormatter(boolean joinAcrossSpaces) {
            this.joinAcrossSpaces = joinAcrossSpaces;
        }

        @Override
        public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (org.apache.lucene.search.uhighlight.Passage p : passages) {
                if (text.length() > 0) {
                    text.append(" … ");
                }
                int base = text.length() - p.getStartOffset();
                text.append(content, p.getStartOffset(), p.getEndOffset());
                List<int[]> matches = new ArrayList<>();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    matches.add(new int[] {p.getMatchStarts()[i] + base, Math.min(p.getMatchEnds()[i], p.getEndOffset()) + base});
                }
                matches.sort((a, b) -> Integer.compare(a[0], b[0]));
                for (int[] m : matches) {
                    int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && (m[0] <= last[1] || joinAcrossSpaces && onlySpaces(text, last[1], m[0]))) {
                        last[1] = Math.max(last[1], m[1]);
                    } else {
                        spans.add(m);
                    }
                }
            }
            return new Excerpt(text.toString(), spans);
        }

        private static boolean onlySpaces(CharSequence text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) != ' ') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Start offsets of the words a span covers at least in part. */
    private static Set<Integer> wordsUnder(String text, List<int[]> spans) {
        Set<Integer> starts = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (int[] s : spans) {
                if (m.start() < s[1] && s[0] < m.end()) {
                    starts.add(m.start());
                    break;
                }
            }
        }
        return starts;
    }

    private static boolean onWordBoundaries(String text, int[] span) {
        boolean startOk = span[0] == 0 || !isWordChar(text.charAt(span[0] - 1)) || !isWordChar(text.charAt(span[0]));
        boolean endOk = span[1] >= text.length() || !isWordChar(text.charAt(span[1])) || !isWordChar(text.charAt(span[1] - 1));
        return startOk && endOk;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Why a highlighted word is not one the rules mark. */
    private static String kind(String text, int start, SearchPlan plan) {
        Matcher m = WORD.matcher(text);
        m.find(start);
        String word = VietnameseFolding.nfc(m.group()).toLowerCase(Locale.ROOT);
        String folded = VietnameseFolding.fold(word);
        for (QueryTerm t : plan.terms()) {
            if (!t.weak() && t.accented() && t.folded().equals(folded) && !t.lower().equals(word)) {
                return "other diacritics than typed";
            }
        }
        for (QueryTerm t : plan.terms()) {
            if (t.weak() && t.folded().equals(folded)) {
                return "weak word alone";
            }
        }
        for (QueryTerm t : plan.terms()) {
            if (t.folded().equals(folded)) {
                return "query word elsewhere";
            }
        }
        return "not a query word";
    }

    private static boolean isPlaceWord(String text, int start, SearchPlan plan) {
        Matcher m = WORD.matcher(text);
        m.find(start);
        return placeWords(plan).contains(VietnameseFolding.fold(m.group()));
    }

    private static String withoutDiacritics(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toCharArray()) {
            char f = VietnameseFolding.foldChar(Character.toLowerCase(c));
            if (f != '\0') {
                sb.append(Character.isUpperCase(c) ? Character.toUpperCase(f) : f);
            }
        }
        return sb.toString();
    }
}
