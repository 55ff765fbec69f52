package vn.tdc.portal.unit.domain;

/** The tiers of local government since the 2025 reform, under the platform's root. */
public enum UnitLevel {
    /** The platform itself: national documents and news, platform administrators. */
    NEN_TANG,
    /** A province or a centrally-run city (tỉnh, thành phố). */
    TINH,
    /** A ward, commune or special zone (phường, xã, đặc khu). */
    XA;

    /**
     * The level of a unit of the given kind: {@code tinh} and {@code thanh-pho} are provinces, {@code phuong},
     * {@code xa} and {@code dac-khu} wards, {@code nen-tang} the root.
     *
     * @throws IllegalArgumentException for any other kind
     */
    public static UnitLevel ofKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "nen-tang" -> NEN_TANG;
            case "tinh", "thanh-pho" -> TINH;
            case "phuong", "xa", "dac-khu" -> XA;
            default -> throw new IllegalArgumentException("No unit kind " + kind);
        };
    }
}
