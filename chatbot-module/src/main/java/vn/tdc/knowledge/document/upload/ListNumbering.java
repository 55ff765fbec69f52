package vn.tdc.knowledge.document.upload;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Computes the label Word shows in front of a numbered or bulleted paragraph ("II.", "4.", "a)", "- ").
 *
 * <p>Rules: the numbering reference comes from the paragraph or, failing that, from its style (following
 * "based on" styles); {@code numId} 0 means "no numbering". Counters are kept per {@code numId} and level;
 * numbering a level resets the deeper levels; a level starts at its {@code start} value unless the
 * {@code w:num} overrides it. The level text ({@code "%1."}, {@code "%1.%2."}, {@code "%3)"}) is filled with
 * each level's counter in that level's format (decimal, upper/lower Roman, upper/lower letter); bullets of
 * any glyph become {@code "- "}. Numbering that cannot be resolved gives an empty label. Not thread-safe:
 * one instance per document, paragraphs in reading order.
 */
final class ListNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 8;
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

    private final XWPFDocument docx;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    ListNumbering(XWPFDocument docx) {
        this.docx = docx;
        this.numbering = docx.getNumbering();
    }

    /** The label followed by a space, or "" for a paragraph without numbering. */
    String labelOf(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numberingOf(paragraph);
        if (numPr == null || numPr.getNumId() == null || BigInteger.ZERO.equals(numPr.getNumId().getVal())) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : Math.min(numPr.getIlvl().getVal().intValue(), LEVELS - 1);
        XWPFNum num = numbering.getNum(numId);
        CTLvl[] levels = levelsOf(num);
        if (levels == null || levels[level] == null) {
            return "";
        }
        String format = formatOf(levels[level]);
        if (format.equals("bullet")) {
            return "- ";
        }
        if (format.equals("none")) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level] = count[level] == 0 ? startOf(num, levels[level], level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String template = levels[level].getLvlText() == null ? "%" + (level + 1) + "." : levels[level].getLvlText().getVal();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder label = new StringBuilder();
        while (m.find()) {
            int l = Integer.parseInt(m.group(1)) - 1;
            int value = count[l] == 0 && levels[l] != null ? startOf(num, levels[l], l) : Math.max(count[l], 1);
            m.appendReplacement(label, Matcher.quoteReplacement(render(value, levels[l] == null ? "decimal" : formatOf(levels[l]))));
        }
        m.appendTail(label);
        String text = label.toString().strip();
        return text.isEmpty() ? "" : text + " ";
    }

    private CTNumPr numberingOf(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && docx.getStyles() != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = docx.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The levels of the abstract numbering behind a {@code w:num}, indexed by level; null if unresolvable. */
    private CTLvl[] levelsOf(XWPFNum num) {
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int index = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = lvl;
            }
        }
        return levels;
    }

    private static int startOf(XWPFNum num, CTLvl lvl, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String formatOf(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    static String render(int value, String format) {
        return switch (format) {
            case "upperRoman" -> roman(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    /** Word's letter numbering: a … z, then aa … zz, aaa …. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }
}
