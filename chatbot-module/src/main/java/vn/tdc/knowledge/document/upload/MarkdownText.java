package vn.tdc.knowledge.document.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes Markdown syntax so that a Markdown upload reads like plain text, line by line.
 *
 * <p>Rules: a leading front-matter block ({@code ---} / {@code key: value} lines / {@code ---}) is dropped
 * (the form gives the metadata); code fences and thematic breaks of dashes or underscores are dropped;
 * {@code * * *} and {@code ***} stay as the closing mark {@code * * *}; heading markers ({@code ## II. …}),
 * block quotes ({@code >}) and list indentation are removed; {@code *} and {@code +} list markers become
 * {@code -}; images are dropped, links keep their text, emphasis ({@code **x**}, {@code *x*}, {@code __x__},
 * {@code _x_}) and inline code keep their content, unmatched {@code **} at a line's ends are dropped; HTML tags are removed; backslash escapes are resolved;
 * table rows lose their outer pipes and table separator rows are dropped.
 */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^\\s*[\\p{L}\\w-]+\\s*:.*$");
    private static final Pattern CLOSING_MARK = Pattern.compile("^\\s{0,3}\\*\\s*\\*\\s*\\*[\\s*]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^\\s{0,3}([-_])(\\s*\\1){2,}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*[*+-]\\s+");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^\\s+(\\d{1,2}[.)]\\s)");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    /** Bold spanning two lines ("**KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**") leaves unmatched markers at a line's ends. */
    private static final Pattern UNMATCHED_STRONG = Pattern.compile("^(\\*\\*|__)|(\\*\\*|__)$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private MarkdownText() {
    }

    static String toPlainText(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = frontMatterEnd(lines); i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches() || THEMATIC_BREAK.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches()) {
                continue;
            }
            if (CLOSING_MARK.matcher(line).matches()) {
                out.add("* * *");
                continue;
            }
            out.add(inline(block(line)));
        }
        return String.join("\n", out);
    }

    /** Index of the first line after a leading front-matter block, or 0 when there is none. */
    private static int frontMatterEnd(String[] lines) {
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length || !lines[first].strip().equals("---")) {
            return 0;
        }
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---")) {
                return i + 1;
            }
            if (!line.isEmpty() && !FRONT_MATTER_FIELD.matcher(line).matches()) {
                return 0;
            }
        }
        return 0;
    }

    private static String block(String line) {
        String l = QUOTE.matcher(line).replaceFirst("");
        var heading = HEADING.matcher(l);
        if (heading.matches()) {
            return heading.group(1);
        }
        if (LIST_MARKER.matcher(l).find()) {
            return LIST_MARKER.matcher(l).replaceFirst("- ");
        }
        l = ORDERED_ITEM.matcher(l).replaceFirst("$1");
        String stripped = l.strip();
        if (stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return l;
    }

    private static String inline(String line) {
        String l = IMAGE.matcher(line).replaceAll("");
        l = LINK.matcher(l).replaceAll("$1");
        l = CODE.matcher(l).replaceAll("$1");
        l = STRONG.matcher(l).replaceAll("$2");
        l = EMPHASIS_STAR.matcher(l).replaceAll("$1");
        l = EMPHASIS_UNDERSCORE.matcher(l).replaceAll("$1");
        l = UNMATCHED_STRONG.matcher(l.strip()).replaceAll("");
        l = HTML_TAG.matcher(l).replaceAll(" ");
        return ESCAPE.matcher(l).replaceAll("$1");
    }
}
