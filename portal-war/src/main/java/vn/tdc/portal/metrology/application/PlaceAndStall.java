package vn.tdc.portal.metrology.application;

import vn.tdc.portal.platform.web.Messages;

/**
 * Where an instrument stands, in the words residents use: the place and its stall ({@code Chợ Đông Cứu, sạp 12});
 * a stall that is only a number is called a stall ("sạp"), any other stall is written as the register has it. Used on
 * the QR page, in the report it prefills and on the printed label.
 */
public final class PlaceAndStall {

    private PlaceAndStall() {
    }

    public static String of(String place, String stall) {
        String name = place == null ? "" : place.strip();
        if (stall == null || stall.isBlank()) {
            return name;
        }
        String key = stall.strip().matches("\\d{1,6}") ? "metrologyPublic.placeStallNumber" : "metrologyPublic.placeStall";
        return Messages.format(key, name, stall.strip());
    }
}
