package vn.tdc.knowledge.assistant.application;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the short fact a question type asks for inside a quoted passage: a date or deadline, a figure,
 * or the organisation in charge. Used for the first sentence of an answer; the quote always follows.
 */
final class FactExtractor {

    private static final Pattern DATE = Pattern.compile(
            "(?:ngày\\s+)?\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?"
                    + "|(?:ngày\\s+)?\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
                    + "|tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}"
                    + "|(?:năm|giai đoạn)\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?(?:\\s+và những năm tiếp theo)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NUMBER_TO_DATE = 40;
    private static final Pattern DEADLINE = Pattern.compile("(?:trước|chậm nhất|hạn)\\s+(?:ngày\\s+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FIGURE = Pattern.compile(
            "(?:(?:ít nhất|tối thiểu|khoảng|hơn|trên|dưới|đạt)\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:%|phần trăm)"
                    + "|(?:ít nhất|tối thiểu|khoảng|hơn|trên|dưới)\\s+\\d+(?:\\s+[\\p{L}]+){1,4}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEAD_BODY = Pattern.compile(
            "Cơ quan chủ trì(?: thực hiện)?\\s*:\\s*([^.;]+)", Pattern.UNICODE_CASE);
    private static final Pattern PARTNER_BODY = Pattern.compile(
            "Cơ quan phối hợp(?: thực hiện)?\\s*:\\s*([^.;]+)", Pattern.UNICODE_CASE);
    private static final Pattern ORG_START = Pattern.compile(
            "^(?:Đề nghị\\s+)?((?:Phòng|Ban|Trung tâm|Công an|Ủy ban|Uỷ ban|UBND|Đảng ủy|Đảng đoàn|Hội đồng|Chi bộ|Các chi bộ|Cấp ủy|"
                    + "Mặt trận|Sở|Chi cục|Văn phòng|Các Tổ|Các tổ|Các cơ quan|Các cấp ủy|Thủ trưởng)\\b.*)$",
            Pattern.UNICODE_CASE);
    private static final Pattern ORG_END = Pattern.compile(
            "\\s+(?:lãnh đạo|chủ trì|phối hợp|tổ chức|tăng cường|có trách nhiệm|thực hiện|căn cứ|đẩy mạnh|tuyên truyền)\\b.*$|[:.]\\s*$",
            Pattern.UNICODE_CASE);

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A quantity: a number that is not part of a date, a year or an instrument's number ("38-CT/TW", "15/11"). */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\p{L}\\d/.,\\-])(?<!(?:năm|ngày|tháng|số) )\\d+(?:[.,]\\d+)?(?![\\d/\\-\\p{L}]|[.,]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:[IVX]+|\\d{1,2})\\s*[.\\-)]\\s+");

    /** Whether the text has any number written in digits ("05 hộ", "100%", "40/KH-UBND"), list numbers aside. */
    static boolean hasDigit(String text) {
        return DIGIT.matcher(LIST_NUMBER.matcher(text).replaceFirst("")).find();
    }

    /** Whether the text states a quantity ("ít nhất 05 hộ", "100%", "01 câu lạc bộ"), list numbers aside. */
    boolean hasQuantity(String text) {
        String t = LIST_NUMBER.matcher(text).replaceFirst("");
        return FIGURE.matcher(t).find() || COUNT.matcher(t).find();
    }

    /** How often something is done: "hằng năm", "hàng quý", "định kỳ", "đột xuất", "thường xuyên". */
    private static final Pattern FREQUENCY = Pattern.compile(
            "(?:định kỳ\\s+)?(?:hằng|hàng|mỗi)\\s+(?:năm|quý|tháng|tuần|ngày)|định kỳ|đột xuất|thường xuyên",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    boolean hasFrequency(String text) {
        return FREQUENCY.matcher(text).find();
    }

    Optional<String> frequency(String text) {
        Matcher m = FREQUENCY.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    boolean hasDate(String text) {
        return DATE.matcher(text).find();
    }

    boolean hasFigure(String text) {
        return FIGURE.matcher(text).find();
    }

    /**
     * The date of an instrument the question names by number: "Chỉ thị số 38-CT/TW, ngày 30/7/2024" gives
     * "ngày 30/7/2024" for the number "38" (a date starting at most {@value #NUMBER_TO_DATE} characters after it).
     */
    Optional<String> dateAfter(String text, List<String> numbers) {
        for (String number : numbers) {
            Matcher occurrence = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(number) + "(?![\\p{N}])").matcher(text);
            while (occurrence.find()) {
                Matcher d = DATE.matcher(text);
                if (d.find(occurrence.end()) && d.start() - occurrence.end() <= NUMBER_TO_DATE) {
                    return Optional.of(d.group().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The first date right after one of these words ("đến năm 2030" → "năm 2030" for "đến"). */
    Optional<String> dateAfterWord(String text, List<String> words) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase();
            for (String w : words) {
                if (before.matches("(?s).*(?<![\\p{L}])" + Pattern.quote(w) + "\\s+$")) {
                    return Optional.of(m.group().strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date a question asks for: the date of the instrument it names by number, else the deadline
     * ("trước ngày 15/11/2025" → "15/11/2025") when {@code preferDeadline}, else the first date.
     */
    Optional<String> date(String text, boolean preferDeadline, List<String> numbers) {
        Optional<String> ofInstrument = dateAfter(text, numbers);
        if (ofInstrument.isPresent()) {
            return ofInstrument;
        }
        return date(text, preferDeadline);
    }

    /** The deadline ("trước ngày 15/11/2025" → "15/11/2025") if the text has one, else its first date. */
    Optional<String> date(String text, boolean preferDeadline) {
        Matcher m = DATE.matcher(text);
        String first = null;
        while (m.find()) {
            if (first == null) {
                first = m.group();
            }
            if (preferDeadline && precededByDeadline(text, m.start())) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.ofNullable(first).map(String::strip);
    }

    private static boolean precededByDeadline(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start);
        Matcher d = DEADLINE.matcher(before);
        while (d.find()) {
            if (d.end() == before.length()) {
                return true;
            }
        }
        return false;
    }

    Optional<String> figure(String text) {
        Matcher m = FIGURE.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** The organisation in charge: "Cơ quan chủ trì: X", or a heading that names an organisation. */
    Optional<String> organisation(String unitText, String heading) {
        return organisation(unitText, heading, false);
    }

    /** The same, preferring "Cơ quan phối hợp: X" when the question asks for the partner bodies. */
    Optional<String> organisation(String unitText, String heading, boolean partner) {
        if (partner) {
            Matcher m = PARTNER_BODY.matcher(unitText);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        Matcher lead = LEAD_BODY.matcher(unitText);
        if (lead.find()) {
            return Optional.of(lead.group(1).strip());
        }
        for (String candidate : new String[] {stripNumber(heading), stripNumber(unitText)}) {
            Matcher m = ORG_START.matcher(candidate);
            if (m.matches()) {
                String org = ORG_END.matcher(m.group(1)).replaceFirst("").strip();
                if (!org.isEmpty() && org.length() <= 90) {
                    return Optional.of(org);
                }
            }
        }
        return Optional.empty();
    }

    boolean namesOrganisation(String text) {
        return LEAD_BODY.matcher(text).find() || PARTNER_BODY.matcher(text).find() || ORG_START.matcher(stripNumber(text)).matches();
    }

    private static String stripNumber(String s) {
        return s.replaceFirst("^\\s*(?:[IVX]+|\\d{1,2})\\s*[.\\-)]\\s*", "").replaceFirst("^-\\s*", "").strip();
    }
}
