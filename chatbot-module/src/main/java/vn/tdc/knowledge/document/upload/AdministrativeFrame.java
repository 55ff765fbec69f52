package vn.tdc.knowledge.document.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.search.analysis.Slug;

/**
 * Removes the printed frame around the body of a Vietnamese administrative document — the parts the form
 * already records in the metadata — so that the section parser sees only the body.
 *
 * <p><b>Header</b> (on lines, before paragraphs are rebuilt). Within the first {@value #HEADER_ZONE_LINES}
 * lines and before the body visibly starts (a Roman part, an item, "Căn cứ …"), the line naming the kind in
 * capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH", possibly followed by the title) ends the header: it and everything
 * above it go (issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto, "Số: …", place and date). The title
 * lines that follow it go too, as long as they match the form's title word by word (in order, ignoring
 * case and diacritics, {@value #TITLE_LINE_MATCH} of a line's words). Without such a kind line only lines
 * that are clearly header lines are removed there: the national name, the party name, the motto, "Số: …",
 * "…, ngày … tháng … năm …" and an official letter's subject line "V/v …" (the form's title).
 *
 * <p><b>Signature</b> (on paragraphs). Signature paragraphs are removed inside the "Nơi nhận" list, just
 * before it, and at the very end: the capacity ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN
 * DÂN"), a title in capitals ("PHÓ CHỦ TỊCH"), "(Đã ký)", the signer's name from the form, and a last
 * paragraph that looks like a person's name (two to five capitalised words).
 */
final class AdministrativeFrame {

    static final int HEADER_ZONE_LINES = 40;
    static final double TITLE_LINE_MATCH = 0.8;
    /** How far ahead in the title a line's next word may be found (skips a word the line dropped). */
    private static final int TITLE_LOOKAHEAD = 3;

    private static final Pattern BODY_START = Pattern.compile(
            "^(?:[IVXLC]{1,6}\\s*[.\\-–]\\s*\\p{Lu}|\\d{1,2}\\s*[.)]\\s+\\S|Căn cứ(?=[\\s:,]|$)|Điều\\s+\\d)");
    private static final List<Pattern> HEADER_LINES = List.of(
            Pattern.compile("^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^ĐẢNG CỘNG SẢN VIỆT NAM$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^Số\\s*:?\\s*[\\p{L}\\d./-]*\\s*/\\s*[\\p{L}\\d.-]+.*$"),
            Pattern.compile("^[\\p{L} .]{2,40},\\s*ngày\\s.{0,20}tháng\\s.{0,12}năm\\s*\\d{0,4}\\.?$"),
            Pattern.compile("^V/v\\b.*", Pattern.CASE_INSENSITIVE));

    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPACITY = Pattern.compile("^(?:T/M|TM|T\\.M|KT|TL|TUQ|Q)\\s*\\.?\\s+\\p{Lu}.*");
    private static final Pattern SIGNATURE_NOTE = Pattern.compile("^\\((?:đã ký|ký|ký tên|ký,)[^)]*\\)\\.?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern SIGNER_SEPARATOR = Pattern.compile("\\s+[—–-]\\s+|,");

    private AdministrativeFrame() {
    }

    /** Drops the header block and the printed title from the first lines (blank lines are kept elsewhere). */
    static List<String> stripHeader(List<String> lines, DocumentMetadata metadata) {
        int zoneEnd = headerZoneEnd(lines);
        int kindLine = findKindLine(lines, zoneEnd, metadata.kind());
        if (kindLine < 0) {
            List<String> kept = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                if (i >= zoneEnd || !isHeaderLine(lines.get(i))) {
                    kept.add(lines.get(i));
                }
            }
            return kept;
        }
        List<String> rest = new ArrayList<>(lines.subList(kindLine + 1, lines.size()));
        String line = lines.get(kindLine);
        String afterKind = line.substring(kindPrefixLength(line, words(metadata.kind()).size())).strip();
        if (!afterKind.isEmpty()) {
            rest.add(0, afterKind);
        }
        return dropTitle(rest, metadata);
    }

    /** Drops signature paragraphs around and inside the distribution list and at the end. */
    static List<String> stripSignature(List<String> paragraphs, DocumentMetadata metadata) {
        String signerName = Slug.words(SIGNER_SEPARATOR.split(metadata.signer(), 2)[0]);
        List<String> kept = new ArrayList<>(paragraphs);
        int recipients = indexOfRecipients(kept);
        if (recipients >= 0) {
            for (int i = kept.size() - 1; i > recipients; i--) {
                if (isSignature(kept.get(i), signerName, i == kept.size() - 1)) {
                    kept.remove(i);
                }
            }
            for (int i = recipients - 1; i >= 0 && isSignature(kept.get(i), signerName, false); i--) {
                kept.remove(i);
            }
        }
        while (!kept.isEmpty() && isSignature(kept.get(kept.size() - 1), signerName, true)) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean isSignature(String paragraph, String signerName, boolean last) {
        if (RECIPIENTS.matcher(paragraph).matches() || ParagraphJoiner.startsParagraph(paragraph) && !CAPACITY.matcher(paragraph).matches()) {
            return false;
        }
        return CAPACITY.matcher(paragraph).matches()
                || ParagraphJoiner.isAllCapitals(paragraph)
                || SIGNATURE_NOTE.matcher(paragraph).matches()
                || (!signerName.isEmpty() && Slug.words(paragraph).equals(signerName))
                || (last && PERSON_NAME.matcher(paragraph).matches());
    }

    private static int indexOfRecipients(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (RECIPIENTS.matcher(paragraphs.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int headerZoneEnd(List<String> lines) {
        int limit = Math.min(lines.size(), HEADER_ZONE_LINES);
        for (int i = 0; i < limit; i++) {
            if (BODY_START.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return limit;
    }

    /**
     * The first line that starts with the kind in capitals ("KẾ HOẠCH", "KẾ HOẠCH THỰC HIỆN …"), compared by
     * folded words so that lost or decomposed diacritics ("KE HOACH") do not matter.
     */
    private static int findKindLine(List<String> lines, int zoneEnd, String kind) {
        List<String> kindWords = words(kind);
        for (int i = 0; i < zoneEnd; i++) {
            String line = lines.get(i);
            List<String> lineWords = words(line);
            if (!kindWords.isEmpty() && lineWords.size() >= kindWords.size()
                    && lineWords.subList(0, kindWords.size()).equals(kindWords)
                    && ParagraphJoiner.isAllCapitals(line.substring(0, Math.min(line.length(), kindPrefixLength(line, kindWords.size()))))) {
                return i;
            }
        }
        return -1;
    }

    /** Length of the part of {@code line} holding its first {@code wordCount} words. */
    private static int kindPrefixLength(String line, int wordCount) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(line.charAt(i)) || Character.getType(line.charAt(i)) == Character.NON_SPACING_MARK;
            if (letterOrDigit && !inWord) {
                words++;
            }
            if (!letterOrDigit && inWord && words == wordCount) {
                return i;
            }
            inWord = letterOrDigit;
        }
        return line.length();
    }

    private static boolean isHeaderLine(String line) {
        return HEADER_LINES.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /** Drops the lines at the start of {@code lines} that spell the form's title (see the class comment). */
    private static List<String> dropTitle(List<String> lines, DocumentMetadata metadata) {
        List<String> title = new ArrayList<>(words(metadata.title()));
        List<String> kindWords = words(metadata.kind());
        if (title.size() > kindWords.size() && title.subList(0, kindWords.size()).equals(kindWords)) {
            title.subList(0, kindWords.size()).clear();
        }
        int position = 0;
        int first = 0;
        while (first < lines.size() && position < title.size()) {
            String line = lines.get(first);
            if (line.isBlank()) {
                first++;
                continue;
            }
            List<String> lineWords = words(line);
            int matched = 0;
            int cursor = position;
            for (String word : lineWords) {
                int found = indexOf(title, word, cursor, cursor + TITLE_LOOKAHEAD);
                if (found >= 0) {
                    matched++;
                    cursor = found + 1;
                }
            }
            if (lineWords.isEmpty() || matched < Math.ceil(lineWords.size() * TITLE_LINE_MATCH)) {
                break;
            }
            position = cursor;
            first++;
        }
        return new ArrayList<>(lines.subList(first, lines.size()));
    }

    private static int indexOf(List<String> words, String word, int from, int to) {
        for (int i = from; i < Math.min(to, words.size()); i++) {
            if (words.get(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        String folded = Slug.words(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split("-"));
    }
}
