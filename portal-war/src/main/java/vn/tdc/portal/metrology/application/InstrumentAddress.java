package vn.tdc.portal.metrology.application;

/**
 * The address of an instrument's QR page, which its sticker's QR code holds: {@code /xa-dong-cuu/phuong-tien-do/K7M2Q9XA}
 * (the ward's slug, the code as {@code InstrumentCode} writes it, without context path or host). The portal's router
 * ({@code WardPaths}) answers it.
 */
public final class InstrumentAddress {

    public static final String SEGMENT = "phuong-tien-do";

    private InstrumentAddress() {
    }

    public static String of(String wardSlug, String code) {
        return "/" + wardSlug + "/" + SEGMENT + "/" + code;
    }
}
