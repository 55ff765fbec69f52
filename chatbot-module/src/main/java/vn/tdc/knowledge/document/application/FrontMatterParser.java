package vn.tdc.knowledge.document.application;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a header of {@code key: value} lines between two lines of exactly {@code ---}.
 *
 * <p>Keys are case-insensitive (stored lower-case); a value may be empty ({@code number:}); blank lines
 * inside the header are ignored; a line without a colon, a repeated key or a missing closing
 * {@code ---} is a {@link DocumentFormatException}.
 */
public final class FrontMatterParser {

    private static final String FENCE = "---";

    public FrontMatter parse(String content, String sourceName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length || !lines[i].strip().equals(FENCE)) {
            throw new DocumentFormatException(sourceName + ": expected a '---' front-matter header on the first line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (i = i + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(FENCE)) {
                return new FrontMatter(fields, join(lines, i + 1));
            }
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new DocumentFormatException(sourceName + ": line " + (i + 1) + " is not 'key: value': " + line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (fields.put(key, line.substring(colon + 1).strip()) != null) {
                throw new DocumentFormatException(sourceName + ": key '" + key + "' appears twice");
            }
        }
        throw new DocumentFormatException(sourceName + ": front-matter header is not closed by '---'");
    }

    private static String join(String[] lines, int from) {
        return String.join("\n", Arrays.asList(lines).subList(from, lines.length));
    }
}
