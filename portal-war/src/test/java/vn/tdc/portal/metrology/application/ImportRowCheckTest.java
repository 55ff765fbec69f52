package vn.tdc.portal.metrology.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final List<InstrumentTypeView> TYPES = List.of(
            new InstrumentTypeView("can-dia", "Cân đĩa", 12),
            new InstrumentTypeView("can-dien-tu", "Cân điện tử", 12),
            new InstrumentTypeView("cot-do-xang-dau", "Cột đo xăng dầu", 12));
    private static final String HEADER = "Địa điểm,Loại địa điểm,Sạp/quầy,Chủ hộ kinh doanh,Loại phương tiện,Số máy,"
            + "Nhãn hiệu,Ngày kiểm định,Số tem/giấy chứng nhận,Kết quả,Cân đối chứng,Sức cân,Giờ mở cửa";

    /** A ward with "Chợ Đông Cứu" and a cân điện tử CDT-OLD in its register. */
    private final ImportRowCheck check = new ImportRowCheck(TYPES, Set.of("cho dong cuu")::contains,
            (type, serial) -> type.equals("can-dien-tu") && serial.equalsIgnoreCase("CDT-OLD"), TODAY);

    private List<ImportRow> rows(String... lines) {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        return check.check(RegisterSpreadsheet.read(csv.getBytes(StandardCharsets.UTF_8), "so.csv"));
    }

    @Test
    void should_read_a_good_row_into_a_new_instrument_at_a_known_place() {
        // when
        List<ImportRow> rows = rows("chợ đông cứu,,12,Nguyễn Thị Hoa,CÂN ĐIỆN TỬ,CDT-1,Vibra,15/01/2026,TEM-1,Đạt,"
                + "có,30 kg,5:00–18:00");

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.typeCode()).isEqualTo("can-dien-tu");
            assertThat(row.placeKind()).isEqualTo("cho");
            assertThat(row.verifiedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(row.verificationPassed()).isTrue();
            assertThat(row.referenceScale()).isTrue();
            assertThat(row.capacity()).isEqualTo("30 kg");
            assertThat(row.action()).isEqualTo(ImportRow.ADD);
            assertThat(row.actionLabel()).isEqualTo("Thêm mới");
            assertThat(row.newPlace()).isFalse();
        });
    }

    @Test
    void should_mark_a_row_already_in_the_register_as_an_update_and_an_unknown_place_as_new() {
        // when
        List<ImportRow> rows = rows("Cây xăng Số 5,cây xăng,,,can-dien-tu,cdt-old,,2026-03-02,,Không đạt,không,,");

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.action()).isEqualTo(ImportRow.UPDATE);
            assertThat(row.newPlace()).isTrue();
            assertThat(row.placeKind()).isEqualTo("cay-xang");
            assertThat(row.verificationPassed()).isFalse();
        });
    }

    @Test
    void should_refuse_cells_that_could_be_formulas_as_row_problems_without_changing_them() {
        // when
        List<ImportRow> rows = rows(
                "Chợ Đông Cứu,,=HYPERLINK(\"http://x\"),,Cân đĩa,CD-1,,,,,,,",
                "Chợ Đông Cứu,,,+84 912,Cân đĩa,CD-2,,,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,-3,,,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,CD-4,@SUM(A1),,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,\"\tCD-5\",,,,,,,");

        // then
        assertThat(rows).extracting(row -> row.problems().get(0)).containsExactly(
                "Cột „Sạp/quầy“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận.",
                "Cột „Chủ hộ kinh doanh“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận.",
                "Cột „Số máy“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận.",
                "Cột „Nhãn hiệu“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận.",
                "Cột „Số máy“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận.");
    }

    @Test
    void should_refuse_a_real_formula_cell_of_an_xlsx() throws Exception {
        // given
        byte[] xlsx = RegisterSpreadsheetTest.xlsx(sheet -> {
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Chợ Đông Cứu");
            row.createCell(2).setCellValue("Cân đĩa");
            row.createCell(3).setCellFormula("1+1");
        });

        // when
        List<ImportRow> rows = check.check(RegisterSpreadsheet.read(xlsx, "so.xlsx"));

        // then
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.problems())
                .contains("Cột „Số máy“ bắt đầu bằng = + - @ hoặc ký tự tab: có thể là công thức bảng tính, không nhận."));
    }

    @Test
    void should_show_wrong_and_future_dates_unknown_types_missing_serials_and_script_as_row_problems() {
        // when
        List<ImportRow> rows = rows(
                "Chợ Đông Cứu,,,,Cân đĩa,CD-1,,31/02/2026,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,CD-2,,05/12/2026,,,,,",
                "Chợ Đông Cứu,,,,Cân treo,CD-3,,,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,,,,,,,,",
                "Chợ Đông Cứu,,,<script>alert(1)</script>,Cân đĩa,CD-5,,,,,,,",
                "Chợ Đông Cứu,,,,Cân đĩa,CD-6,,,,Tốt,,,");

        // then
        assertThat(rows.get(0).problems()).containsExactly(
                "Ngày kiểm định „31/02/2026“ không đúng dạng dd/MM/yyyy hoặc yyyy-MM-dd.");
        assertThat(rows.get(1).problems()).containsExactly("Ngày kiểm định 05/12/2026 ở tương lai.");
        assertThat(rows.get(2).problems()).containsExactly(
                "Không có loại phương tiện đo „Cân treo“. Các loại: Cân đĩa, Cân điện tử, Cột đo xăng dầu.");
        assertThat(rows.get(3).problems()).containsExactly("Thiếu số máy.");
        assertThat(rows.get(4).problems()).containsExactly(
                "Cột „Chủ hộ kinh doanh“ không được chứa dấu < > hay ký tự điều khiển.");
        assertThat(rows.get(5).problems()).containsExactly(
                "Kết quả „Tốt“ không hợp lệ: chỉ nhận Đạt hoặc Không đạt.");
    }

    @Test
    void should_refuse_a_serial_repeated_in_the_file_for_the_same_type_whatever_its_case() {
        // when
        List<ImportRow> rows = rows(
                "Chợ Đông Cứu,,1,,Cân đĩa,CD-1,,,,,,,",
                "Chợ Đông Cứu,,2,,Cân điện tử,CD-1,,,,,,,",
                "Chợ Đông Cứu,,3,,can-dia,cd-1,,,,,,,");

        // then
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).problems()).isEmpty();
        assertThat(rows.get(2).problems()).containsExactly("Số máy „cd-1“ trùng với dòng 2 của tệp.");
    }

    @Test
    void should_refuse_a_file_without_a_required_column() {
        assertThatThrownBy(() -> check.check(RegisterSpreadsheet.read(
                "Địa điểm,Sạp\nChợ,1\n".getBytes(StandardCharsets.UTF_8), "so.csv")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo(
                            "Tệp thiếu cột bắt buộc: Loại phương tiện, Số máy. Hãy dùng tệp mẫu.");
                });
    }

    @Test
    void should_read_the_template_and_an_export_back_without_problems() {
        // when
        List<ImportRow> template = check.check(RegisterSpreadsheet.read(RegisterExport.templateCsv(), "mau.csv"));

        // then
        assertThat(template).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.typeCode()).isEqualTo("can-dien-tu");
        });
        assertThat(RegisterExport.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(RegisterExport.safe("-3")).isEqualTo("'-3");
        assertThat(RegisterExport.safe("CD-3")).isEqualTo("CD-3");
    }
}
