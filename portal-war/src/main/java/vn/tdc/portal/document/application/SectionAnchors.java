package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.domain.Section;

/** Page anchors of document sections: "II.4" → {@code muc-II-4}; citations link to them. */
public final class SectionAnchors {

    private SectionAnchors() {
    }

    public static String htmlId(String anchor) {
        return "muc-" + anchor.replace('.', '-');
    }

    /** The link of a cited section: {@code /van-ban/{documentId}#muc-…}. */
    public static String link(String documentId, String sectionLabel) {
        String anchor = Section.anchorOfLabel(sectionLabel);
        return "/van-ban/" + documentId + (anchor.isEmpty() ? "" : "#" + htmlId(anchor));
    }
}
