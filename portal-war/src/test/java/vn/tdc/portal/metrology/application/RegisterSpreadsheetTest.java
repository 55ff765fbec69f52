package vn.tdc.portal.metrology.application;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterSpreadsheetTest {

    private static final String HEADER = "Địa điểm,Sạp/quầy,Loại phương tiện,Số máy,Ngày kiểm định";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_read_a_comma_separated_csv_with_a_byte_order_mark_and_quoted_cells() {
        // given
        byte[] csv = utf8("\uFEFF" + HEADER + "\r\n\"Chợ Đông Cứu, khu A\",12,Cân điện tử,CDT-1,15/01/2026\r\n"
                + ",,,,\r\n\"Chợ \"\"Mới\"\"\",3,can-dia,CD-2,2026-02-01\r\n");

        // when
        SheetTable table = RegisterSpreadsheet.read(csv, "so.csv");

        // then
        assertThat(table.headers()).containsExactly("Địa điểm", "Sạp/quầy", "Loại phương tiện", "Số máy",
                "Ngày kiểm định");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsExactly("Chợ Đông Cứu, khu A", "12", "Cân điện tử", "CDT-1",
                "15/01/2026");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Chợ \"Mới\"");
    }

    @Test
    void should_read_a_semicolon_separated_csv_without_a_byte_order_mark() {
        // when
        SheetTable table = RegisterSpreadsheet.read(utf8(HEADER.replace(',', ';') + "\nChợ Đông Cứu;12;Cân đĩa;X,1;\n"),
                "so.csv");

        // then
        assertThat(table.rows().get(0).cells()).containsExactly("Chợ Đông Cứu", "12", "Cân đĩa", "X,1", "");
    }

    @Test
    void should_read_the_first_sheet_of_an_xlsx_with_date_number_and_formula_cells() throws IOException {
        // given
        byte[] xlsx = xlsx(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Chợ Đông Cứu");
            row.createCell(1).setCellValue(12);
            row.createCell(2).setCellValue("Cân điện tử");
            row.createCell(3).setCellFormula("HYPERLINK(\"http://x.example\",\"CDT-1\")");
            Cell date = row.createCell(4);
            date.setCellValue(LocalDate.of(2026, 1, 15));
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
        });

        // when
        SheetTable table = RegisterSpreadsheet.read(xlsx, "so.xlsx");

        // then
        assertThat(table.headers()).containsExactly("Địa điểm", "Sạp/quầy", "Loại phương tiện", "Số máy",
                "Ngày kiểm định");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("Chợ Đông Cứu", "12", "Cân điện tử",
                    "=HYPERLINK(\"http://x.example\",\"CDT-1\")", "2026-01-15");
        });
    }

    @Test
    void should_refuse_a_file_over_two_megabytes_with_413() {
        // given
        byte[] big = new byte[RegisterSpreadsheet.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        // then
        assertThatThrownBy(() -> RegisterSpreadsheet.read(big, "so.csv")).isInstanceOfSatisfying(
                ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("Tệp lớn hơn 2 MB: hãy chia thành nhiều tệp nhỏ hơn.");
                });
    }

    @Test
    void should_refuse_more_than_five_thousand_rows_in_a_csv_or_an_xlsx_with_413() throws IOException {
        // given
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= RegisterSpreadsheet.MAX_ROWS; i++) {
            csv.append("Chợ,1,Cân đĩa,S").append(i).append(",\n");
        }
        byte[] xlsx = xlsx(sheet -> {
            for (int i = 1; i <= RegisterSpreadsheet.MAX_ROWS + 1; i++) {
                sheet.createRow(i).createCell(3).setCellValue("S" + i);
            }
        });

        // then
        for (byte[] file : List.of(utf8(csv.toString()), xlsx)) {
            assertThatThrownBy(() -> RegisterSpreadsheet.read(file, "so")).isInstanceOfSatisfying(
                    ProblemException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE);
                        assertThat(e.getMessage()).isEqualTo("Tệp có hơn 5.000 dòng: hãy chia thành nhiều tệp nhỏ hơn.");
                    });
        }
    }

    @Test
    void should_refuse_an_xlsx_that_unpacks_to_more_than_its_limit_without_opening_it() throws IOException {
        // given a small zip (a few hundred KB) whose one entry inflates past the limit
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= RegisterSpreadsheet.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(RegisterSpreadsheet.MAX_BYTES);

        // then
        assertThatThrownBy(() -> RegisterSpreadsheet.read(bytes.toByteArray(), "bom.xlsx"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE));
    }

    @Test
    void should_refuse_an_old_excel_file_a_broken_xlsx_and_a_csv_that_is_not_utf8_with_a_vietnamese_message() {
        assertThatThrownBy(() -> RegisterSpreadsheet.read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1},
                "so.xls")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNSUPPORTED));
        assertThatThrownBy(() -> RegisterSpreadsheet.read(new byte[]{'P', 'K', 3, 4, 0, 0, 0}, "so.xlsx"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith("Không đọc được tệp XLSX");
                });
        assertThatThrownBy(() -> RegisterSpreadsheet.read("Cho,So may\nHàng,1\n".getBytes(StandardCharsets.ISO_8859_1),
                "so.csv")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("UTF-8"));
    }

    interface SheetFiller {
        void fill(Sheet sheet);
    }

    static byte[] xlsx(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ");
            Row header = sheet.createRow(0);
            String[] headers = HEADER.split(",");
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            filler.fill(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
