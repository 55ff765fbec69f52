package vn.tdc.portal.document.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSummaryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "24/10/2024|2024",
            "tháng 4 năm 2026|2026",
            "ngày      tháng 11 năm 2025|2025",
            "''|0",
            "số 12345|0"})
    void should_read_the_year_of_a_partial_date(String issued, int year) {
        assertThat(DocumentSummary.yearOf(issued)).isEqualTo(year);
    }
}
