package vn.tdc.knowledge.document.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines.
 *
 * <p>Every text: a line that starts with a lower-case letter continues the paragraph before it, even across
 * a blank line — a Vietnamese paragraph never starts in lower case, so such a line is a stray break
 * ("… thực hiện Chỉ thị" / "số 38-CT/TW …") — unless it starts a paragraph by its form ("a) …") or follows
 * a line in capitals ("KẾ HOẠCH" / "thực hiện Chỉ thị …" is a heading, then its subtitle).
 *
 * <p>Text with hard line breaks (PDF text, text wrapped at a fixed width, see {@link #looksHardWrapped}):
 * if blank lines separate nearly all lines ({@value #DOUBLE_SPACED_RATIO} of them), the text is double
 * spaced and blank lines mean nothing; otherwise a blank line ends a paragraph. A line continues the
 * previous line's paragraph unless one of these holds:
 * <ul>
 *   <li>the line starts a paragraph by its form ({@link #startsParagraph}): a Roman part "I." / "II-",
 *       an item "1." "2)" "1.2.", a letter item "a)", a bullet ("-", "–", "+", "•" followed by a capital
 *       or a digit — a lower-case word after a dash is the middle of "kinh tế - xã hội"), "Điều 1",
 *       "Chương II", "Căn cứ", "Thực hiện", "Xét đề nghị", "Trên đây", "Nơi nhận", "* * *";</li>
 *   <li>one line is all capitals and the other has lower-case letters (a heading such as "KẾ HOẠCH" or
 *       "NHIỆM VỤ" begins or ends; two capital lines in a row are one wrapped heading, and a line with
 *       hardly any letters, such as "2030.", goes either way);</li>
 *   <li>the previous line ends a sentence, a clause or an introduction: {@code . : ; ! ? …}, possibly
 *       followed by closing quotes or brackets — unless the line starts with a lower-case letter, which
 *       continues the sentence ("… xăng dầu;" / "xử lý nghiêm …");</li>
 *   <li>the previous line is short — under {@value #SHORT_LINE_RATIO} of the typical full line (the 90th
 *       percentile of line lengths) — so it ended its paragraph before the right margin ("1. Mục đích");
 *       again not when the line starts with a lower-case letter.</li>
 * </ul>
 * Text written one paragraph per line (DOCX, most text files) keeps its lines apart, apart from the
 * lower-case rule. Joined lines are separated by one space, except after a hyphen glued to the word before
 * it: a document number or compound broken at its hyphen ("1703/QĐ-" / "TTg") is joined without a space.
 */
final class ParagraphJoiner {

    static final double SHORT_LINE_RATIO = 0.66;
    /** Text whose lines are mostly this long or shorter was wrapped at a fixed width (see {@link #looksHardWrapped}). */
    static final int HARD_WRAP_MAX_WIDTH = 120;
    static final double DOUBLE_SPACED_RATIO = 0.9;
    private static final int MIN_LINES_FOR_WIDTH = 6;

    private static final Pattern PARAGRAPH_START = Pattern.compile("^(?:"
            + "[IVXLC]{1,6}\\s*[.\\-–]\\s*\\p{Lu}"
            + "|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\s*[.)]\\s+\\S"
            + "|\\d{1,2}(?:\\.\\d{1,2}){1,3}\\s+\\p{Lu}"
            + "|[a-zđ]\\)\\s*\\S"
            + "|[-–—+•]\\s*[\\p{Lu}\\d\"“(]"
            + "|(?:Điều|Chương|Mục|Phần)\\s+[\\dIVXLC]+(?=[\\s.:]|$)"
            + "|(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị|Trên đây|Nơi nhận)(?=[\\s:,]|$)"
            + "|\\*\\s*\\*\\s*\\*"
            + ")");
    /** A line ending in a hyphen glued to a letter or digit: a number or compound broken at its hyphen ("03-" / "KH/TU"). */
    private static final Pattern BROKEN_COMPOUND = Pattern.compile(".*[\\p{L}\\d]-$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:;!?…][\"”’)\\]]*$");

    private ParagraphJoiner() {
    }

    /** Whether a line begins a paragraph by its form alone. */
    static boolean startsParagraph(String line) {
        return PARAGRAPH_START.matcher(line).find();
    }

    /**
     * True when most lines were cut at a fixed width: the 90th percentile of line lengths is at most
     * {@value #HARD_WRAP_MAX_WIDTH} characters. Text written one paragraph per line has much longer lines.
     */
    static boolean looksHardWrapped(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        return nonBlank.size() >= MIN_LINES_FOR_WIDTH && typicalWidth(nonBlank) <= HARD_WRAP_MAX_WIDTH;
    }

    /** Joins lines into paragraphs; {@code hardWrapped} turns on the rules for wrapped lines. */
    static List<String> join(List<String> lines, boolean hardWrapped) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        List<String> input = hardWrapped && isDoubleSpaced(lines) ? nonBlank : lines;
        int shortBelow = nonBlank.size() >= MIN_LINES_FOR_WIDTH ? (int) Math.floor(typicalWidth(nonBlank) * SHORT_LINE_RATIO) : 0;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        boolean blankBefore = false;
        for (String line : input) {
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            boolean continues = previous != null
                    && (continuesAfterStrayBreak(previous, line)
                        || (hardWrapped && !blankBefore && !breaksBetween(previous, line, shortBelow)));
            if (continues) {
                current.append(BROKEN_COMPOUND.matcher(previous).matches() ? "" : " ").append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
            previous = line;
            blankBefore = false;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean continuesAfterStrayBreak(String previous, String line) {
        return Character.isLowerCase(line.codePointAt(0)) && !startsParagraph(line) && !isAllCapitals(previous);
    }

    /** Blank lines between at least {@value #DOUBLE_SPACED_RATIO} of the pairs of consecutive non-blank lines. */
    private static boolean isDoubleSpaced(List<String> lines) {
        int pairs = 0;
        int separated = 0;
        boolean seenText = false;
        boolean blank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            if (seenText) {
                pairs++;
                separated += blank ? 1 : 0;
            }
            seenText = true;
            blank = false;
        }
        return pairs >= MIN_LINES_FOR_WIDTH && separated >= pairs * DOUBLE_SPACED_RATIO;
    }

    private static boolean breaksBetween(String previous, String line, int shortBelow) {
        if (startsParagraph(line) || (isAllCapitals(previous) && hasLowerCase(line)) || (hasLowerCase(previous) && isAllCapitals(line))) {
            return true;
        }
        boolean continuesSentence = Character.isLowerCase(line.codePointAt(0));
        return !continuesSentence && (SENTENCE_END.matcher(previous).matches() || previous.length() < shortBelow);
    }

    /** At least three letters and none of them lower-case ("KẾ HOẠCH", "II. NHIỆM VỤ"). */
    static boolean isAllCapitals(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean hasLowerCase(String line) {
        return line.chars().anyMatch(Character::isLowerCase);
    }

    private static int typicalWidth(List<String> nonBlank) {
        int[] lengths = nonBlank.stream().mapToInt(String::length).sorted().toArray();
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.9))];
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
