package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportStatusConverterTest {

    private final ReportStatusConverter converter = new ReportStatusConverter();

    @ParameterizedTest
    @CsvSource({
            "MOI, moi",
            "DANG_XAC_MINH, dang-xac-minh",
            "DA_CHUYEN, da-chuyen",
            "DA_XU_LY, da-xu-ly",
            "KHONG_DU_CAN_CU, khong-du-can-cu"
    })
    void should_store_each_status_as_the_code_the_column_and_the_api_already_use(ReportStatus status, String code) {
        assertThat(converter.convertToDatabaseColumn(status)).isEqualTo(code);
        assertThat(converter.convertToEntityAttribute(code)).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void should_read_back_every_status_it_stores(ReportStatus status) {
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(status))).isEqualTo(status);
    }

    @Test
    void should_keep_a_missing_status_missing() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void should_reject_a_code_no_status_has() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("DA_XU_LY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DA_XU_LY");
    }
}
