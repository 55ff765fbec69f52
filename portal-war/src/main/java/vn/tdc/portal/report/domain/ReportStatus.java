package vn.tdc.portal.report.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where a report stands. A report starts {@link #MOI}; an officer verifies it, may hand it to a competent
 * department, and closes it as handled ({@link #DA_XU_LY}) or as unfounded ({@link #KHONG_DU_CAN_CU}, which needs a
 * reason). A closed report can be reopened into verification, by an officer or by the resident within the
 * feedback window. Only the transitions of {@link #canMoveTo} are legal.
 */
public enum ReportStatus {
    MOI("moi"),
    DANG_XAC_MINH("dang-xac-minh"),
    DA_CHUYEN("da-chuyen"),
    DA_XU_LY("da-xu-ly"),
    KHONG_DU_CAN_CU("khong-du-can-cu");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    /** The code used in URLs, the API and the database. */
    public String code() {
        return code;
    }

    public boolean isClosed() {
        return this == DA_XU_LY || this == KHONG_DU_CAN_CU;
    }

    /** The states an officer may move a report in this state to. */
    public Set<ReportStatus> next() {
        return switch (this) {
            case MOI -> Set.of(DANG_XAC_MINH, DA_CHUYEN, KHONG_DU_CAN_CU);
            case DANG_XAC_MINH -> Set.of(DA_CHUYEN, DA_XU_LY, KHONG_DU_CAN_CU);
            case DA_CHUYEN -> Set.of(DANG_XAC_MINH, DA_XU_LY, KHONG_DU_CAN_CU);
            case DA_XU_LY, KHONG_DU_CAN_CU -> Set.of(DANG_XAC_MINH);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Moving to this state needs a written reason (shown to the resident). */
    public boolean needsReason() {
        return this == KHONG_DU_CAN_CU;
    }

    public static Optional<ReportStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
