package vn.tdc.portal.metrology.application;

import java.io.Serializable;

/**
 * How many of a place's trade instruments may be used today (valid or expiring verification) out of all it has:
 * the plans' indicator "100% phương tiện đo … được kiểm định". {@code percent} is rounded down, so 99.6% never shows
 * as 100%.
 */
public record PlaceShare(long placeId, String placeName, String placeKind, String placeAddress, int instruments,
                         int usable, int percent) implements Serializable {

    public static PlaceShare of(long placeId, String placeName, String placeKind, String placeAddress,
                                int instruments, int usable) {
        int percent = instruments == 0 ? 0 : (int) (100L * usable / instruments);
        return new PlaceShare(placeId, placeName, placeKind, placeAddress, instruments, usable, percent);
    }
}
