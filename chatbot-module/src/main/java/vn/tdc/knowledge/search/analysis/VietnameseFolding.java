package vn.tdc.knowledge.search.analysis;

import java.text.Normalizer;

/**
 * Diacritic folding for Vietnamese: lower-case, "đ" → "d", every combining mark removed
 * ("Đo lường" → "do luong", "Hoá" → "hoa"). This is the same rule the evaluation uses to compare
 * answers, applied per character through a table for speed.
 */
public final class VietnameseFolding {

    private static final int TABLE_SIZE = 0x3000;
    private static final char REMOVE = '\0';
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = computeFold((char) c);
        }
    }

    private VietnameseFolding() {
    }

    /** Folds a whole string (input in any normalisation form). */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char f = foldChar(nfc.charAt(i));
            if (f != REMOVE) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Folds like {@link #fold} but keeps capitals ("QĐ" → "QD", "QNg" → "QNg"), for case-sensitive abbreviations. */
    public static String foldKeepCase(String text) {
        String folded = fold(text);
        if (folded.length() != text.length()) {
            return folded;
        }
        StringBuilder sb = new StringBuilder(folded);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                sb.setCharAt(i, Character.toUpperCase(folded.charAt(i)));
            }
        }
        return sb.toString();
    }

    /** Folds one character; returns {@code '\0'} for a combining mark that should be dropped. */
    public static char foldChar(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        return Character.getType(c) == Character.NON_SPACING_MARK ? REMOVE : Character.toLowerCase(c);
    }

    /** True when folding changes the lower-cased text, i.e. it carries Vietnamese diacritics. */
    public static boolean hasDiacritics(String lowerCased) {
        for (int i = 0; i < lowerCased.length(); i++) {
            char c = lowerCased.charAt(i);
            if (c >= 0x80 && foldChar(c) != Character.toLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** NFC-normalises text (documents and questions are compared in NFC). */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static char computeFold(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return REMOVE;
        }
        char lower = Character.toLowerCase(c);
        if (lower == 'đ') {
            return 'd';
        }
        if (lower < 0x80) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (decomposed.length() > 1 && decomposed.chars().skip(1).allMatch(ch -> Character.getType(ch) == Character.NON_SPACING_MARK)) {
            return decomposed.charAt(0);
        }
        return lower;
    }
}
