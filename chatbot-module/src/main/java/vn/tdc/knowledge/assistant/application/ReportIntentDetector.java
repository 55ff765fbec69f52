package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tdc.knowledge.search.analysis.ResourceLines;

/**
 * Recognises a resident describing a problem (short weighing, fake goods, expired goods, missing labels,
 * unverified scales, fuel pumped short) and maps it to a report kind code.
 *
 * <p>Rules (table in {@code report-keywords.txt}, the kinds' everyday vocabulary): keywords are compared folded as
 * whole words; a keyword "a & b" matches when both words occur anywhere ("thiếu … lạng"). Every matching keyword
 * adds its number of words to its kind; the kind with the highest total wins (ties: the longest keyword), and the
 * catch-all kind {@code khac} only when no other kind matches ("tố cáo shop bán son nhái" is hang-gia). A keyword alone is not enough in a question about the
 * documents ("Công an phường làm gì với hàng giả?"): the message must either contain a cue of a
 * personal problem ("tôi bị", "mua phải", "ở chợ") or not be phrased as a question at all
 * ("xăng bơm thiếu").
 */
public final class ReportIntentDetector {

    public static final String RESOURCE = "/vn/tdc/knowledge/assistant/report-keywords.txt";
    private static final String CUE = "cue";
    private static final String LABEL_PREFIX = "label.";
    private static final String TOPIC_PREFIX = "topic.";
    private static final Pattern QUESTION = Pattern.compile(
            "\\?|\\b(nao|gi|bao nhieu|khi nao|the nao|ra sao|co phai|la ai|ai la|lam sao|sao)\\b");

    private static final String CATCH_ALL = "khac";
    private static final String BOTH = "&";

    /** {@code spelled}: set for a one-word keyword with diacritics, which only matches as spelled. */
    private record Keyword(List<String> parts, int words, String code, Optional<String> spelled) {

        boolean matches(String folded, String lower) {
            if (spelled.isPresent()) {
                return lower.contains(" " + spelled.get() + " ");
            }
            return parts.stream().allMatch(p -> folded.contains(" " + p + " "));
        }
    }

    private final List<Keyword> keywords;
    private final List<String> cues;
    private final Map<String, String> labels;
    private final Map<String, String> topics;

    public ReportIntentDetector(List<String> lines) {
        List<Keyword> kws = new ArrayList<>();
        List<String> cueList = new ArrayList<>();
        Map<String, String> labelMap = new LinkedHashMap<>();
        Map<String, String> topicMap = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("report keyword line is not 'key = value': " + line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.startsWith(LABEL_PREFIX)) {
                labelMap.put(key.substring(LABEL_PREFIX.length()), value);
            } else if (key.startsWith(TOPIC_PREFIX)) {
                topicMap.put(key.substring(TOPIC_PREFIX.length()), value);
            } else if (key.equals(CUE)) {
                cueList.add(value.toLowerCase());
            } else {
                List<String> parts = java.util.Arrays.stream(key.split(BOTH)).map(FoldedText::foldPhrase).toList();
                int words = parts.stream().mapToInt(p -> p.split(" ").length).sum();
                String lower = key.toLowerCase(java.util.Locale.ROOT);
                boolean accentedWord = words == 1 && !lower.equals(FoldedText.foldPhrase(key));
                kws.add(new Keyword(parts, words, value, accentedWord ? Optional.of(lower) : Optional.empty()));
            }
        }
        kws.sort(Comparator.comparingInt(Keyword::words).reversed());
        this.keywords = List.copyOf(kws);
        this.cues = List.copyOf(cueList);
        this.labels = Map.copyOf(labelMap);
        this.topics = Map.copyOf(topicMap);
    }

    public ReportIntentDetector() {
        this(ResourceLines.read(RESOURCE));
    }

    /** The report kind code the message describes, if it describes a problem. */
    public Optional<String> detect(String message) {
        FoldedText text = FoldedText.of(message);
        String padded = " " + text.folded() + " ";
        String lowerPadded = " " + text.lower().replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Keyword k : keywords) {
            if (k.matches(padded, lowerPadded)) {
                scores.merge(k.code(), k.words(), Integer::sum);
            }
        }
        Optional<String> code = scores.entrySet().stream()
                .filter(e -> !e.getKey().equals(CATCH_ALL))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .or(() -> scores.containsKey(CATCH_ALL) ? Optional.of(CATCH_ALL) : Optional.empty());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        boolean question = QUESTION.matcher(text.lower().contains("?") ? "?" : text.folded()).find();
        return hasCue(text) || !question ? code : Optional.empty();
    }

    /** Vietnamese wording of a report kind ("cân thiếu, cân điêu"). */
    public String label(String code) {
        return labels.getOrDefault(code, code);
    }

    /** What the documents say about handling this kind of problem, as a search topic ("kiểm tra đo lường tại chợ"). */
    public Optional<String> topic(String code) {
        return Optional.ofNullable(topics.get(code));
    }

    private boolean hasCue(FoldedText text) {
        String lowerPadded = " " + text.lower().replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String foldedPadded = " " + text.folded() + " ";
        for (String cue : cues) {
            if (lowerPadded.contains(" " + cue + " ")) {
                return true;
            }
            if (!text.typedWithDiacritics() && foldedPadded.contains(" " + FoldedText.foldPhrase(cue) + " ")) {
                return true;
            }
        }
        return false;
    }
}
