package vn.tdc.portal.metrology.domain;

import vn.tdc.knowledge.search.analysis.VietnameseFolding;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's question the register itself answers, recognised from its words (with or without diacritics):
 * <ul>
 *   <li>it asks about verification ("kiểm định", "tem", "còn hạn", "hết hạn", "quá hạn") or a reference scale
 *       ("cân đối chứng"), and</li>
 *   <li>it names something of the register: an instrument's code, or a place of the ward by its full name
 *       ("chợ Đông Cứu"), optionally with a stall ("sạp 12", "quầy số 5", "ki-ốt 3").</li>
 * </ul>
 * Anything else — "cân đối chứng là gì?", "kế hoạch yêu cầu gì về kiểm định?" — is a question for the documents, and
 * {@link #parse} says nothing. A place is named when its folded name appears in the folded question; the longest
 * such name wins ("chợ Đông Cứu mới" over "chợ Đông Cứu").
 */
public record RegisterQuestion(Intent intent, Optional<InstrumentCode> code, Optional<Long> placeId,
                               Optional<String> stall) {

    /** What the resident wants to know. */
    public enum Intent {
        /** Whether instruments are verified and until when. */
        VERIFICATION,
        /** Whether a place has a reference scale and where. */
        REFERENCE_SCALE
    }

    /** A place of the ward as the question may name it. */
    public record NamedPlace(long id, String foldedName) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\\bdoi chung\\b");
    private static final Pattern VERIFICATION = Pattern.compile(
            "\\bkiem dinh\\b|\\btem\\b|\\bcon han\\b|\\bhet han\\b|\\bqua han\\b|\\bdat chuan\\b");
    private static final Pattern STALL = Pattern.compile(
            "\\b(?:sap|quay|ki ?ot|kiot|ki-ot|gian hang)\\s*(?:so\\s*)?([0-9]{1,4}[a-z]?)\\b");
    private static final Pattern CODE_WORDS = Pattern.compile("\\b(?:ma|ma so|tem|qr)\\b");
    private static final Pattern CODE = Pattern.compile("(?i)(?<![A-Za-z0-9])([A-Za-z0-9]{4}-?[A-Za-z0-9]{4})(?![A-Za-z0-9])");

    /** Whether a question asks about verification or reference scales at all: the cheap test before any lookup. */
    public static boolean asksAboutVerification(String question) {
        if (question == null || question.length() > 1000) {
            return false;
        }
        String folded = " " + VietnameseFolding.fold(question).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return REFERENCE.matcher(folded).find() || VERIFICATION.matcher(folded).find();
    }

    /** Whether the question speaks of a code at all ("mã", "tem", "QR"): only then is an unknown code worth saying so. */
    public static boolean mentionsCode(String question) {
        String folded = " " + VietnameseFolding.fold(question).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return CODE_WORDS.matcher(folded).find();
    }

    /** The register question {@code question} is, given the places of the ward it is asked on; empty when none. */
    public static Optional<RegisterQuestion> parse(String question, Collection<NamedPlace> places) {
        if (question == null || question.length() > 1000) {
            return Optional.empty();
        }
        String folded = " " + VietnameseFolding.fold(question).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        Intent intent = REFERENCE.matcher(folded).find() ? Intent.REFERENCE_SCALE
                : VERIFICATION.matcher(folded).find() ? Intent.VERIFICATION : null;
        if (intent == null) {
            return Optional.empty();
        }
        Optional<InstrumentCode> code = codeIn(question);
        Optional<Long> place = places.stream()
                .filter(p -> !p.foldedName().isBlank() && folded.contains(" " + p.foldedName() + " "))
                .max(Comparator.comparingInt(p -> p.foldedName().length()))
                .map(NamedPlace::id);
        Matcher stallMatcher = STALL.matcher(folded);
        Optional<String> stall = stallMatcher.find() ? Optional.of(stallMatcher.group(1)) : Optional.empty();
        if (code.isEmpty() && place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RegisterQuestion(intent, code, place, stall));
    }

    /** An instrument code written in the question (a token of eight code characters, maybe hyphenated). */
    private static Optional<InstrumentCode> codeIn(String question) {
        Matcher matcher = CODE.matcher(question);
        while (matcher.find()) {
            Optional<InstrumentCode> code = InstrumentCode.parse(matcher.group(1));
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }
}
