package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;

/**
 * One section as the document page shows it: {@code htmlId} is its anchor on the page (a citation links to
 * {@code /van-ban/{id}#htmlId}); {@code level} is its depth in the outline (0 for parts).
 */
public record SectionView(String anchor, String htmlId, String kind, int level, String number, String heading,
                          String text, String label) {

    static SectionView of(Section section, int level) {
        return new SectionView(section.anchor(), SectionAnchors.htmlId(section.anchor()), section.kind().name(),
                level, section.printedNumber(), section.heading(), section.text(), section.label());
    }

    public boolean isOutline() {
        return kind.equals(SectionKind.PART.name()) || kind.equals(SectionKind.ITEM.name());
    }
}
