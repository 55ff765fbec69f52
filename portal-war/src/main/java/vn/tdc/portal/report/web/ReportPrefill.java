package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ReportLimits;

/**
 * What a link may fill into the report form before the resident types (an instrument's QR page does it):
 * {@code ?noi=} the place ("Chợ Đông Cứu, sạp 12") and {@code ?ma=} an instrument's code. The place is read as plain
 * text — control characters and angle brackets dropped, spaces collapsed, cut at the field's length — and stays
 * editable; the code, when it is one of the ward's instruments, is shown on the form and written at the head of the
 * description when the report is filed ("Mã phương tiện đo: K7M2-Q9XA"), so that officers find the instrument
 * whatever the resident wrote.
 */
public final class ReportPrefill {

    /** The report kind about measuring instruments (V3), whose extra question asks the instrument's type. */
    static final String INSTRUMENT_KIND = "phuong-tien-do";
    /** That question's code (V3: "Loại cân, thiết bị đo"). */
    static final String INSTRUMENT_TYPE = "loai-phuong-tien";

    private ReportPrefill() {
    }

    /** The place a link names, as plain text of at most {@link ReportLimits#PLACE_NAME} characters; null for none. */
    public static String place(String requested) {
        if (requested == null) {
            return null;
        }
        String text = requested.replaceAll("[\\p{Cntrl}\\p{Cf}<>]", " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > ReportLimits.PLACE_NAME) {
            text = text.substring(0, text.offsetByCodePoints(0, ReportLimits.PLACE_NAME)).strip();
        }
        return text;
    }

    /** The line the description starts with for an instrument ({@code Mã phương tiện đo: K7M2-Q9XA}). */
    public static String instrumentLine(String grouped) {
        return Messages.format("reportForm.instrument.line", grouped);
    }

    /**
     * The description as filed: the resident's text with the instrument's line in front, unless there is no code,
     * no text (the form's "required" rule speaks then) or the text names the code already.
     */
    public static String description(String typed, String grouped) {
        if (grouped == null || typed == null || typed.isBlank() || typed.contains(grouped)) {
            return typed;
        }
        return instrumentLine(grouped) + "\n" + typed.strip();
    }
}
