package vn.tdc.knowledge.document.upload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdc.knowledge.document.domain.DocumentMetadata;

/**
 * Turns the raw text of an upload into a body for {@code SectionParser}: one paragraph per line.
 *
 * <ol>
 *   <li>Characters: NFC; byte-order marks, soft hyphens and zero-width characters removed; every line break
 *       form (CR LF, CR, form feed, U+2028/2029) becomes LF; tabs, no-break and other Unicode spaces become a
 *       space; other control characters are removed.</li>
 *   <li>Markdown uploads lose their syntax ({@link MarkdownText}).</li>
 *   <li>Lines: runs of spaces collapse, lines are trimmed; bullet glyphs (•, ●, ▪, the Symbol-font bullets
 *       PDF text carries as private-use characters …) become "- "; "Nơi nhận: …" is split after the colon.</li>
 *   <li>Noise lines are dropped: page numbers ("3", "- 3 -", "Trang 3", "3/12", "Trang 3/12"), lines of
 *       only dashes, dots, stars or underscores (but not the closing mark "* * *") and, in PDFs, running
 *       headers/footers: a line of at most {@value #RUNNING_LINE_MAX_LENGTH} characters (digits ignored)
 *       that appears at least {@value #RUNNING_LINE_MIN_REPEATS} times, at least
 *       {@value #RUNNING_LINE_MIN_GAP} lines apart, does not end in punctuation and does not start a
 *       paragraph.</li>
 *   <li>The header block and the printed title go ({@link AdministrativeFrame#stripHeader}).</li>
 *   <li>Paragraphs ({@link ParagraphJoiner}): PDF lines, and text/Markdown lines that look wrapped at a fixed
 *       width, are joined into paragraphs; otherwise (DOCX, text written one paragraph per line) every
 *       non-blank line is a paragraph, except that a line starting in lower case continues the one before.</li>
 *   <li>The signature block goes ({@link AdministrativeFrame#stripSignature}).</li>
 * </ol>
 */
final class ExtractedTextCleaner {

    static final int RUNNING_LINE_MAX_LENGTH = 80;
    static final int RUNNING_LINE_MIN_REPEATS = 3;
    static final int RUNNING_LINE_MIN_GAP = 15;

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u00AD\\u200B-\\u200D\\u2060]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\r\\f\\u000B\\u2028\\u2029\\u0085]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F]");
    private static final Pattern BULLET_GLYPH = Pattern.compile("^[•●○◦▪▫■□◆◇❖➢➤►▶✓✔\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC\\uF0A8\\uF06C\\uF06E\\uF0E0]\\s*");
    private static final Pattern RECIPIENTS_WITH_TEXT = Pattern.compile("^(Nơi nhận\\s*:)\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:trang|page)\\s*)?[-–—]?\\s*\\d{1,3}\\s*(?:/\\s*\\d{1,3})?\\s*[-–—]?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DECORATION = Pattern.compile("^[-–—_=*.·•~…\\s]+$");
    private static final Pattern CLOSING_MARK = Pattern.compile("^\\*\\s*\\*\\s*\\*$");
    private static final Pattern ENDS_WITH_PUNCTUATION = Pattern.compile(".*[.,;:!?…]$");

    String clean(String raw, DocumentType type, DocumentMetadata metadata) {
        String text = normalizeCharacters(raw);
        if (type == DocumentType.MARKDOWN) {
            text = MarkdownText.toPlainText(text);
        }
        List<String> lines = dropNoise(splitLines(text), type == DocumentType.PDF);
        lines = AdministrativeFrame.stripHeader(lines, metadata);
        boolean wrapped = type == DocumentType.PDF
                || ((type == DocumentType.TEXT || type == DocumentType.MARKDOWN) && ParagraphJoiner.looksHardWrapped(lines));
        List<String> paragraphs = ParagraphJoiner.join(lines, wrapped);
        return String.join("\n", AdministrativeFrame.stripSignature(paragraphs, metadata));
    }

    static String normalizeCharacters(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = SPACES.matcher(text).replaceAll(" ");
        return CONTROLS.matcher(text).replaceAll("");
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = BULLET_GLYPH.matcher(raw.strip()).replaceFirst("- ");
            Matcher recipients = RECIPIENTS_WITH_TEXT.matcher(line);
            if (recipients.matches()) {
                lines.add(recipients.group(1));
                lines.add(recipients.group(2));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> dropNoise(List<String> lines, boolean dropRunningLines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            boolean decoration = DECORATION.matcher(line).matches() && !line.isEmpty() && !CLOSING_MARK.matcher(line).matches();
            if (!decoration && !PAGE_NUMBER.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return dropRunningLines ? dropRunningLines(kept) : kept;
    }

    private static List<String> dropRunningLines(List<String> lines) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && line.length() <= RUNNING_LINE_MAX_LENGTH && !ENDS_WITH_PUNCTUATION.matcher(line).matches()
                    && !ParagraphJoiner.startsParagraph(line)) {
                positions.computeIfAbsent(line.replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            List<Integer> at = positions.get(lines.get(i).replaceAll("\\d+", "#"));
            if (at == null || !isRunning(at)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static boolean isRunning(List<Integer> positions) {
        if (positions.size() < RUNNING_LINE_MIN_REPEATS) {
            return false;
        }
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) - positions.get(i - 1) < RUNNING_LINE_MIN_GAP) {
                return false;
            }
        }
        return true;
    }
}
