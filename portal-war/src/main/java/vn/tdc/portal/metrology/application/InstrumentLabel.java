package vn.tdc.portal.metrology.application;

import java.time.LocalDate;

/**
 * One QR sticker of the printed sheet: the absolute address of the instrument's QR page (what the QR code holds), its
 * code grouped for people ({@code K7M2-Q9XA}), what and where it is, and its verification's due date (none when it
 * was never verified). Never the owner.
 */
public record InstrumentLabel(String url, String codeGrouped, String typeName, String placeAndStall, LocalDate dueOn) {
}
