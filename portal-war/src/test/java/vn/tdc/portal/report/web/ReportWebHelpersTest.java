package vn.tdc.portal.report.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWebHelpersTest {

    @ParameterizedTest
    @CsvSource({"42,42", "' 7 ',7", "000123,123"})
    void should_read_a_report_id(String id, long expected) {
        assertThat(ReportDetailPage.parseId(id)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "-1", "0", "1e3", "99999999999999999999", "12 34"})
    void should_treat_a_missing_or_malformed_id_as_no_report(String id) {
        assertThat(ReportDetailPage.parseId(id)).isNull();
    }

    @Test
    void should_name_the_csv_file_after_the_day() {
        assertThat(ReportCsvExportServlet.fileName(LocalDate.of(2026, 3, 7))).isEqualTo("phan-anh-20260307.csv");
    }

    @Test
    void should_write_the_on_time_rate_with_a_vietnamese_decimal_comma() {
        assertThat(ReportStatisticsPage.onTimeRate(87.5)).isEqualTo("87,5 %");
        assertThat(ReportStatisticsPage.onTimeRate(100.0)).isEqualTo("100 %");
    }

    @Test
    void should_say_there_is_no_rate_before_any_report_is_closed() {
        assertThat(ReportStatisticsPage.onTimeRate(null)).isEqualTo("chưa có");
    }
}
