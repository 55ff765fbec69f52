package vn.tdc.knowledge.document.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tier of government a source belongs to: a ward or commune's plan, a province's (or centrally-run city's), or a
 * national document (a Chỉ thị of the Ban Bí thư, a Quyết định of the Prime Minister). Indexed on every chunk as
 * {@link #code()}; the assistant answers from the nearest tier first (ward, then its province, then national).
 */
public enum AdministrativeLevel {
    /** Phường, xã, đặc khu. */
    WARD("xa"),
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE("tinh"),
    /** Central Party and State bodies: no unit. */
    NATIONAL("quoc-gia");

    private final String code;

    AdministrativeLevel(String code) {
        this.code = code;
    }

    /** "xa", "tinh", "quoc-gia": the value of the {@code level:} header and of the index field. */
    public String code() {
        return code;
    }

    public static Optional<AdministrativeLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /**
     * The level of a source whose header gives none: no unit is national; a unit whose place has no enclosing region
     * ({@code region:} empty, as for "tỉnh Tiền Giang") is a province; any other unit is a ward.
     */
    public static AdministrativeLevel inferred(String unit, String region) {
        if (unit == null || unit.isBlank()) {
            return NATIONAL;
        }
        return region == null || region.isBlank() ? PROVINCE : WARD;
    }
}
