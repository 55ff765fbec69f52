package vn.tdc.portal.metrology.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a place of trade is; {@link #code()} is what the database, the API and spreadsheets hold. */
public enum PlaceKind {
    MARKET("cho", "Chợ"),
    SHOP("cua-hang", "Cửa hàng, điểm kinh doanh"),
    FUEL_STATION("cay-xang", "Cửa hàng xăng dầu"),
    OTHER("khac", "Khác");

    private final String code;
    private final String label;

    PlaceKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PlaceKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
