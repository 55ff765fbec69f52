package vn.tdc.knowledge.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spells out the abbreviations officials and residents type in questions: document kinds before a number
 * ("KH 37", "qd 1703", "CT38" → "Kế hoạch 37", "Quyết định 1703", "Chỉ thị 38") and short names typed in
 * capitals ("TU", "SKHCN", "BN", "QNg" → "Tỉnh ủy", "Sở Khoa học và Công nghệ", "Bắc Ninh", "Quảng Ngãi"),
 * read from {@code official-abbreviations-vi.txt}.
 *
 * <p>Rules: a line {@code ABBR = full form} applies only when the abbreviation is typed exactly in that case
 * (diacritics ignored: "QD" is "QĐ"), so "bn" stays the chat "bao nhiêu" while "BN" is Bắc Ninh; a line
 * {@code ABBR # = full form} applies in any case, but only before a number. An abbreviation joined to a number
 * by "/" or "-" ("37/KH-UBND") is part of that number and stays. A dotted prefix glued to a name ("P.Thành Đông")
 * is read as if spaced. Immutable, thread-safe.
 */
public final class OfficialAbbreviations {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/official-abbreviations-vi.txt";
    private static final String BEFORE_NUMBER = "#";
    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}/&\\-])";
    /** "P.Thành Đông", "X.Đông Cứu", "TP.Hải Phòng": the dotted prefix typed without its space. */
    private static final Pattern GLUED_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}])(P\\.|X\\.|TP\\.)(?=\\p{Lu})");
    private static final OfficialAbbreviations DEFAULT = new OfficialAbbreviations(ResourceLines.read(RESOURCE));

    private final Pattern exact;
    private final Pattern numbered;
    private final Map<String, String> exactForms;
    private final Map<String, String> numberedForms;

    public OfficialAbbreviations(List<String> lines) {
        Map<String, String> exactMap = new HashMap<>();
        Map<String, String> numberedMap = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("abbreviation line is not 'ABBR = full form' or 'ABBR # = full form': " + line);
            }
            String abbreviation = line.substring(0, eq).strip();
            String full = line.substring(eq + 1).strip();
            if (abbreviation.endsWith(BEFORE_NUMBER)) {
                String key = VietnameseFolding.fold(abbreviation.substring(0, abbreviation.length() - 1).strip()).toUpperCase(Locale.ROOT);
                numberedMap.put(key, full);
            } else {
                exactMap.put(VietnameseFolding.foldKeepCase(abbreviation), full);
            }
        }
        this.exactForms = Map.copyOf(exactMap);
        this.numberedForms = Map.copyOf(numberedMap);
        this.exact = alternatives(exactMap, "(?![\\p{L}\\p{N}/&\\-])");
        this.numbered = alternatives(numberedMap, "\\s*(?=\\d)");
    }

    public static OfficialAbbreviations defaults() {
        return DEFAULT;
    }

    /** The question with its document-kind and short-name abbreviations spelled out. */
    public String expand(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String probe = VietnameseFolding.foldKeepCase(text);
        if (probe.length() != text.length()) {
            return text;
        }
        String spaced = GLUED_PREFIX.matcher(text).replaceAll("$1 ");
        if (spaced.length() != text.length()) {
            return expand(spaced);
        }
        String once = replace(text, probe.toUpperCase(Locale.ROOT), numbered, numberedForms, " ");
        return replace(once, VietnameseFolding.foldKeepCase(once), exact, exactForms, "");
    }

    private static String replace(String text, String probe, Pattern pattern, Map<String, String> forms, String after) {
        if (pattern == null || probe.length() != text.length()) {
            return text;
        }
        return Abbreviations.replaceMatches(text, probe, pattern, forms, after);
    }

    private static Pattern alternatives(Map<String, String> forms, String tail) {
        if (forms.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>(forms.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = keys.stream().map(Pattern::quote).toList();
        return Pattern.compile(EDGE_BEFORE + "(" + String.join("|", quoted) + ")" + tail);
    }
}
