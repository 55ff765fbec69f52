package vn.tdc.portal.unit.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.FieldProblem;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the units' CSV: the header, quoting, numbers, and the cells a spreadsheet would run as formulas. */
class UnitCsvTest {

    private static final String HEADER = UnitCsv.HEADER + "\r\n";

    @Test
    void should_read_quoted_cells_with_commas_quotes_and_a_decimal_comma() {
        // given
        String csv = "\uFEFF" + HEADER
                + "quang-ngai-moi,quang-ngai-moi,tỉnh Quảng Ngãi mới,tinh,,,,,,,,\r\n"
                + "phuong-moi,phuong-moi,phường Mới,phuong,quang-ngai-moi,\"Số 1, đường \"\"Trần Hưng Đạo\"\"\","
                + "0255 3822 123,ubnd@example.vn,\"Thứ Hai – Thứ Sáu, 7:30 – 17:00\",\"14,81\",108.96,6\r\n";

        // when
        UnitCsv.Parsed parsed = UnitCsv.parse(csv);

        // then
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        UnitForm ward = parsed.rows().get(1).unit();
        assertThat(parsed.rows().get(1).line()).isEqualTo(3);
        assertThat(ward.getParentCode()).isEqualTo("quang-ngai-moi");
        assertThat(ward.getAddress()).isEqualTo("Số 1, đường \"Trần Hưng Đạo\"");
        assertThat(ward.getWorkingHours()).isEqualTo("Thứ Hai – Thứ Sáu, 7:30 – 17:00");
        assertThat(ward.getLatitude()).isEqualByComparingTo(new BigDecimal("14.81"));
        assertThat(ward.getRadiusKm()).isEqualByComparingTo(new BigDecimal("6"));
        assertThat(parsed.rows().get(0).unit().getLatitude()).isNull();
    }

    @Test
    void should_refuse_cells_a_spreadsheet_would_run_as_formulas() {
        // given
        String csv = HEADER + "p1,p1,=HYPERLINK(\"http://x\"),phuong,bac-ninh,+84,@SUM(A1),\" -1\",,,,\n";

        // when
        UnitCsv.Parsed parsed = UnitCsv.parse(csv);

        // then
        assertThat(parsed.problems()).extracting(FieldProblem::field)
                .containsExactly("rows[2].name", "rows[2].address", "rows[2].hotline", "rows[2].email");
        assertThat(parsed.problems()).extracting(FieldProblem::messageKey).containsOnly("units.import.formula");
    }

    @Test
    void should_name_the_line_of_a_wrong_column_count_or_number_and_skip_blank_lines() {
        // given
        String csv = HEADER + "\n" + "a,b,c\n" + "p2,p2,phường Hai,phuong,bac-ninh,,,,,bắc,106,\n";

        // when
        UnitCsv.Parsed parsed = UnitCsv.parse(csv);

        // then
        assertThat(parsed.problems()).extracting(FieldProblem::field).containsExactly("rows[3]", "rows[4].latitude");
        assertThat(parsed.problems().get(0).message()).isEqualTo("Dòng phải có 12 cột, dòng này có 3 cột.");
        assertThat(parsed.rows()).hasSize(1);
    }

    @Test
    void should_refuse_a_file_without_the_expected_header_or_without_rows() {
        assertThat(UnitCsv.parse("ma,ten\nx,y\n").problems()).extracting(FieldProblem::field).containsExactly("file");
        assertThat(UnitCsv.parse(HEADER).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("units.import.empty");
        assertThat(UnitCsv.parse("").problems()).extracting(FieldProblem::messageKey)
                .containsExactly("units.import.header");
    }
}
