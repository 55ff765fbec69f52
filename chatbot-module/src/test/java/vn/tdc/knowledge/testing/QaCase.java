package vn.tdc.knowledge.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a QA set in the evaluation's JSON-lines format:
 * {@code {"id", "kind", "question", "expect_any": [..], "source_any": [..] | null}}, optionally {@code "expect_all"},
 * {@code "after"} (id of the question whose conversation this one continues), {@code "report_kind"} (the code the
 * report link must name), {@code "yes"} (the word a yes/no answer must start with) and {@code "ward"} (the chain of unit
 * slugs the question is asked on, nearest first: {@code ["xa-dong-cuu", "bac-ninh"]}).
 * Parsed with a small reader for exactly this flat format (strings, string arrays, null).
 */
public record QaCase(String id, String kind, String question, List<String> expectAny, List<String> sourceAny,
        List<String> expectAll, String after, String reportKind, String yes, List<String> ward) {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    public boolean outOfScope() {
        return kind.equals("out_of_scope");
    }

    @Override
    public String toString() {
        return id + " " + question;
    }

    public static List<QaCase> load(String resource) {
        try (InputStream in = QaCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<QaCase> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) {
                    cases.add(parse(line));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QaCase parse(String line) {
        return new QaCase(string(line, "id"), string(line, "kind"), string(line, "question"), array(line, "expect_any"), array(line, "source_any"),
                array(line, "expect_all"), optionalString(line, "after"), optionalString(line, "report_kind"), optionalString(line, "yes"),
                array(line, "ward"));
    }

    private static String string(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + key + " in " + line);
        }
        return unescape(m.group(1));
    }

    private static String optionalString(String line, String key) {
        return line.contains("\"" + key + "\"") ? string(line, key) : null;
    }

    private static List<String> array(String line, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(\\[[^\\]]*\\]|null)").matcher(line);
        if (!m.find() || m.group(1).equals("null")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Matcher s = STRING.matcher(m.group(1));
        while (s.find()) {
            values.add(unescape(s.group(1)));
        }
        return values;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
