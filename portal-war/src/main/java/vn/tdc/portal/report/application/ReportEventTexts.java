package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.domain.ReportEventText;

/** Puts a stored public text or closing reason into words for display: see {@link ReportEventText}. */
public final class ReportEventTexts {

    private ReportEventTexts() {
    }

    /** The sentence of a stored {@link ReportEventText} code; any other text (an officer's, an old row's) as stored. */
    public static String shown(String stored) {
        return ReportEventText.fromCode(stored).map(text -> Messages.get(text.code())).orElse(stored);
    }
}
