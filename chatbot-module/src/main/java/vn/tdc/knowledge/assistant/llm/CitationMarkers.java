package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;

/**
 * Turns the model's reply into the answer text and its citations.
 *
 * <p>Rules:
 * <ul>
 *   <li>a marker is a bracket of passage numbers: {@code [2]}, {@code [1, 3]}, {@code [1-3]}; numbers refer
 *       to the passages as numbered in the message ({@link GroundingPrompt}), i.e. the retrieval order;</li>
 *   <li>the citations are exactly the passages cited by a valid number, in order of first citation;
 *       numbers without a passage are dropped from the text;</li>
 *   <li>the markers of the text are renumbered to the positions in that citation list, so {@code [3]}
 *       becomes {@code [1]} when passage 3 is the first one cited;</li>
 *   <li>the answer is grounded only when it cites at least one passage and does not say that the
 *       documents do not cover the question ("không đề cập", typed with or without diacritics); an
 *       ungrounded answer has no citations.</li>
 * </ul>
 */
final class CitationMarkers {

    /** The model's answer after marker resolution. */
    record CitedAnswer(String text, List<Citation> citations) {

        CitedAnswer {
            citations = List.copyOf(citations);
        }

        boolean grounded() {
            return !citations.isEmpty();
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,3}(?:\\s*[,;\\-–]\\s*\\d{1,3})*)\\s*]");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?");
    private static final String NOT_COVERED_FOLDED = "khong de cap";
    private static final int MAX_RANGE = 20;

    private CitationMarkers() {
    }

    static CitedAnswer resolve(String reply, List<Content> passages) {
        String text = reply == null ? "" : reply.strip();
        Map<Integer, Integer> positions = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        StringBuilder renumbered = new StringBuilder();
        while (m.find()) {
            List<String> cited = new ArrayList<>();
            for (int n : numbers(m.group(1))) {
                if (n >= 1 && n <= passages.size()) {
                    cited.add(String.valueOf(positions.computeIfAbsent(n, k -> positions.size() + 1)));
                }
            }
            String replacement = cited.isEmpty() ? "" : cited.stream().distinct().collect(Collectors.joining(", ", "[", "]"));
            m.appendReplacement(renumbered, Matcher.quoteReplacement(replacement));
            if (replacement.isEmpty()) {
                stripTrailingSpaces(renumbered);
            }
        }
        m.appendTail(renumbered);
        if (positions.isEmpty() || VietnameseFolding.fold(text).contains(NOT_COVERED_FOLDED)) {
            return new CitedAnswer(text, List.of());
        }
        List<Citation> citations = positions.keySet().stream().map(n -> citation(passages.get(n - 1).textSegment())).toList();
        return new CitedAnswer(renumbered.toString().strip(), citations);
    }

    private static void stripTrailingSpaces(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static List<Integer> numbers(String group) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER_OR_RANGE.matcher(group);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            for (int n = from; n <= to && n - from < MAX_RANGE; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static Citation citation(TextSegment passage) {
        Metadata meta = passage.metadata();
        return new Citation(value(meta, "documentId"), value(meta, "title"), value(meta, "issuer"), value(meta, "section"),
                passage.text().strip(), value(meta, "type"), value(meta, "url"), level(meta));
    }

    private static String level(Metadata meta) {
        String level = value(meta, "level");
        return level.isEmpty() ? AdministrativeLevel.NATIONAL.code() : level;
    }

    private static String value(Metadata meta, String key) {
        String value = meta.getString(key);
        return value == null ? "" : value;
    }
}
