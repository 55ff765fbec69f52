package vn.tdc.portal.metrology.application;

import java.util.List;

/** Draws the printable sheets of QR stickers (A4 PDF) for labels {@link InstrumentLabels} chose. */
public interface LabelSheetRenderer {

    /** The document's bytes; {@code labels} is never empty. */
    byte[] render(List<InstrumentLabel> labels);
}
