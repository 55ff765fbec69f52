package vn.tdc.portal.metrology.domain;

/**
 * Where an instrument stands with its verification (kiểm định) on a given day. Only {@link #VALID} and
 * {@link #EXPIRING} instruments may be used in trade; the share of them is the plans' target ("100% phương tiện đo
 * dùng trong giao dịch thương mại … được kiểm định").
 */
public enum VerificationState {
    /** Verified, passed, and due in more than {@value MeasuringInstrument#EXPIRING_DAYS} days. */
    VALID("con-hieu-luc", "Còn hiệu lực"),
    /** Verified and passed, due within {@value MeasuringInstrument#EXPIRING_DAYS} days. */
    EXPIRING("sap-het-han", "Sắp hết hạn"),
    /** Never verified, or its due date has passed. */
    OVERDUE("qua-han", "Quá hạn kiểm định"),
    /** Its last verification or inspection found it outside the permitted error. */
    FAILED("khong-dat", "Không đạt"),
    /** Officers suspended its use (đình chỉ sử dụng), whatever its certificate says. */
    SUSPENDED("dinh-chi", "Đình chỉ sử dụng");

    private final String code;
    private final String label;

    VerificationState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether an instrument in this state may be used in trade. */
    public boolean usable() {
        return this == VALID || this == EXPIRING;
    }
}
