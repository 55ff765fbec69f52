package vn.tdc.portal.metrology.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a place of trade is; {@link #code()} is what the database, the API and spreadsheets hold, the bundle's
 * {@code metrology.placeKind.<code>} its name for people.
 */
public enum PlaceKind {
    MARKET("cho"),
    SHOP("cua-hang"),
    FUEL_STATION("cay-xang"),
    OTHER("khac");

    private final String code;

    PlaceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PlaceKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
