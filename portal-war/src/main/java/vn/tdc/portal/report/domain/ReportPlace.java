package vn.tdc.portal.report.domain;

import java.math.BigDecimal;

/**
 * Where it happened: the market, stall or shop (required — without it nobody can inspect), an optional address and
 * an optional map point (both coordinates or none).
 */
public record ReportPlace(String name, String address, BigDecimal latitude, BigDecimal longitude) {

    public ReportPlace {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place name required");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("both coordinates or none");
        }
        address = address == null ? "" : address;
    }

    public boolean hasPoint() {
        return latitude != null;
    }
}
