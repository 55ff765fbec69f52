package vn.tdc.portal.metrology.domain;

/**
 * Where an instrument stands with its verification (kiểm định) on a given day. Only {@link #VALID} and
 * {@link #EXPIRING} instruments may be used in trade (names for people: the bundle's {@code metrology.state.<code>}); the share of them is the plans' target ("100% phương tiện đo
 * dùng trong giao dịch thương mại … được kiểm định").
 */
public enum VerificationState {
    /** Verified, passed, and due in more than {@value MeasuringInstrument#EXPIRING_DAYS} days. */
    VALID("con-hieu-luc"),
    /** Verified and passed, due within {@value MeasuringInstrument#EXPIRING_DAYS} days. */
    EXPIRING("sap-het-han"),
    /** Never verified, or its due date has passed. */
    OVERDUE("qua-han"),
    /** Its last verification or inspection found it outside the permitted error. */
    FAILED("khong-dat"),
    /** Officers suspended its use (đình chỉ sử dụng), whatever its certificate says. */
    SUSPENDED("dinh-chi");

    private final String code;

    VerificationState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether an instrument in this state may be used in trade. */
    public boolean usable() {
        return this == VALID || this == EXPIRING;
    }
}
