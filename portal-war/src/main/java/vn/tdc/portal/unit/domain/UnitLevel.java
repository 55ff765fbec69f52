package vn.tdc.portal.unit.domain;

/** The tiers of local government since the 2025 reform, under the platform's root. */
public enum UnitLevel {
    /** The platform itself: national documents and news, platform administrators. */
    NEN_TANG,
    /** A province or a centrally-run city (tỉnh, thành phố). */
    TINH,
    /** A ward, commune or special zone (phường, xã, đặc khu). */
    XA
}
