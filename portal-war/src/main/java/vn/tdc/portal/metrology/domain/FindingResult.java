package vn.tdc.portal.metrology.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an inspection found at a place or on an instrument; {@link #code()} is what the database and the API hold, the
 * bundle's {@code metrology.finding.<code>} its name for people.
 */
public enum FindingResult {
    PASSED("dat"),
    FAILED("khong-dat");

    private final String code;

    FindingResult(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FindingResult> ofCode(String code) {
        return Arrays.stream(values()).filter(result -> result.code.equals(code)).findFirst();
    }
}
