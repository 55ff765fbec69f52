package vn.tdc.portal.metrology.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an inspection found at a place or on an instrument; {@link #code()} is what the database and the API hold. */
public enum FindingResult {
    PASSED("dat", "Đạt"),
    FAILED("khong-dat", "Không đạt");

    private final String code;
    private final String label;

    FindingResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FindingResult> ofCode(String code) {
        return Arrays.stream(values()).filter(result -> result.code.equals(code)).findFirst();
    }
}
