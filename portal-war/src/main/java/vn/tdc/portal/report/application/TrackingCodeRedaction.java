package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.TrackingCode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for tracking codes inside texts that anyone but the officers reads (Open311, the resident's
 * {@code /tra-cuu} page and {@code /api/reports/{code}}, the emails to residents): whoever holds a tracking code can
 * add information to that report, give feedback and reopen it, so a code typed into a free text (an officer naming
 * the original of a duplicate in a public update, a resident quoting an earlier report) is replaced by
 * "một phản ánh khác". Codes are found as people type them: any case, with hyphens, other dashes, spaces, dots or
 * nothing between the parts. Officers keep seeing the texts as written.
 */
public final class TrackingCodeRedaction {

    private static final String SEPARATOR = "[\\s\\p{Pd}_.]{0,3}";
    private static final Pattern AS_TYPED = Pattern.compile("PA" + SEPARATOR + "\\d{4}" + SEPARATOR
            + "[" + TrackingCode.ALPHABET + "]{" + TrackingCode.RANDOM_LENGTH + "}", Pattern.CASE_INSENSITIVE);

    private TrackingCodeRedaction() {
    }

    /** The text with every tracking code in it replaced by "một phản ánh khác"; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        return AS_TYPED.matcher(text).replaceAll(Matcher.quoteReplacement(Messages.get("report.trackingCode.redacted")));
    }
}
