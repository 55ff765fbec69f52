package vn.tdc.knowledge.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out abbreviations ("UBND" → "Ủy ban nhân dân", "hdnd" → "Hội đồng nhân dân") before text is cut into
 * words, read from {@code abbreviations-vi.txt}. Applied to indexed text and to questions alike, so either form
 * finds the other. Whole words only, case- and diacritic-insensitive; an abbreviation joined to a number by "/"
 * or "-" ("40/KH-UBND", "350/SKHCN-TĐC") is part of that number and stays. Immutable, thread-safe.
 */
public final class Abbreviations {

    public static final String RESOURCE = "/vn/tdc/knowledge/search/abbreviations-vi.txt";

    /** Chat abbreviations ("ko", "ntn", "bn"), for questions only: {@code chat-abbreviations-vi.txt}. */
    public static final String CHAT_RESOURCE = "/vn/tdc/knowledge/search/chat-abbreviations-vi.txt";

    private static final Abbreviations DEFAULT = new Abbreviations(ResourceLines.read(RESOURCE));
    private static final Abbreviations CHAT = new Abbreviations(ResourceLines.read(CHAT_RESOURCE));

    private static final Pattern DAY_AND_MONTH = Pattern.compile("(?iu)\\b(\\d{1,2})\\s+(?:tháng|thang)\\s+(\\d{1,2})\\b");

    private final Pattern pattern;
    private final Map<String, String> fullForms;

    public Abbreviations(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("abbreviation line is not 'ABBREVIATION = full form': " + line);
            }
            String full = line.substring(eq + 1).strip();
            String abbreviation = line.substring(0, eq).strip();
            map.put(key(abbreviation), full);
        }
        this.fullForms = Map.copyOf(map);
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String k : keys) {
            alternatives.add(Pattern.quote(k));
        }
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}/&\\-])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}/&\\-])");
    }

    public static Abbreviations defaults() {
        return DEFAULT;
    }

    /** Chat abbreviations residents type ("co ko" → "co không", "ntn" → "như thế nào"); applied to questions only. */
    public static Abbreviations chat() {
        return CHAT;
    }

    /**
     * A resident's question made ready for analysis: NFC, then {@link OfficialAbbreviations} ("KH 37", "TU", "BN"),
     * then the chat abbreviations ("ko", "ntn"), and a day written out as "15 tháng 11" in the short form "15/11" that
     * matches both ways plans write it ("trước ngày 15/11", "trước ngày 15 tháng 11").
     */
    public static String question(String text) {
        String expanded = CHAT.expand(OfficialAbbreviations.defaults().expand(VietnameseFolding.nfc(text == null ? "" : text)));
        return DAY_AND_MONTH.matcher(expanded).replaceAll("$1/$2");
    }

    /** The text with every abbreviation replaced by its full form. */
    public String expand(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        // matched on the folded, upper-cased text, which keeps the length of NFC Vietnamese text
        String probe = VietnameseFolding.fold(text).toUpperCase(Locale.ROOT);
        if (probe.length() != text.length()) {
            return text;
        }
        return replaceMatches(text, probe, pattern, fullForms, "");
    }

    /**
     * The text with each match of the pattern in the probe (a folded copy of the text, of the same length) replaced by
     * the full form of its first group, followed by {@code after}.
     */
    static String replaceMatches(String text, String probe, Pattern pattern, Map<String, String> fullForms, String after) {
        Matcher m = pattern.matcher(probe);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (sb == null) {
                sb = new StringBuilder(text.length() + 32);
            }
            sb.append(text, last, m.start()).append(fullForms.get(m.group(1))).append(after);
            last = m.end();
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }

    private static String key(String abbreviation) {
        return VietnameseFolding.fold(abbreviation).toUpperCase(Locale.ROOT);
    }
}
