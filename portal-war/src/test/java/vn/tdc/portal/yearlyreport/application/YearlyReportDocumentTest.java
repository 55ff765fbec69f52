package vn.tdc.portal.yearlyreport.application;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tdc.portal.report.domain.ReportFigures;
import vn.tdc.portal.yearlyreport.domain.AssistantSummary;
import vn.tdc.portal.yearlyreport.domain.InspectionSummary;
import vn.tdc.portal.yearlyreport.domain.InstrumentFigures;
import vn.tdc.portal.yearlyreport.domain.NewsFigures;
import vn.tdc.portal.yearlyreport.domain.PlanTask;
import vn.tdc.portal.yearlyreport.domain.ReportYearFigures;
import vn.tdc.portal.yearlyreport.domain.Tally;
import vn.tdc.portal.yearlyreport.domain.WardYearFigures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a yearly report land where Nghị định 30 and the officers expect them in the Word document. */
class YearlyReportDocumentTest {

    private static final LocalDate TAKEN_ON = LocalDate.of(2026, 11, 10);

    static WardYearFigures dongCuu() {
        NewsFigures news = new NewsFigures(List.of(new Tally("do-luong", "Đo lường", 3),
                new Tally("chat-luong", "Chất lượng", 1)));
        ReportYearFigures reports = new ReportYearFigures(
                List.of(new Tally("can-thieu", "Cân thiếu, gian lận đo lường", 5),
                        new Tally("hang-gia", "Hàng giả, hàng nhái", 1)),
                List.of(new Tally("moi", "Mới tiếp nhận", 2), new Tally("da-xu-ly", "Đã xử lý", 4)),
                new ReportFigures(101L, 6, 3, 2, 2, 1, 1));
        InstrumentFigures instruments = new InstrumentFigures(3, 2, List.of(new Tally("con-hieu-luc", "Còn hiệu lực",
                2), new Tally("qua-han", "Quá hạn kiểm định", 1)), 1, 1);
        return new WardYearFigures("xa-dong-cuu", "xã Đông Cứu", news, reports, instruments,
                InspectionSummary.unavailable(), AssistantSummary.unavailable());
    }

    private static YearlyReport wardReport(String planTitle, List<PlanTask> tasks) {
        return new YearlyReport("xa-dong-cuu", "xã Đông Cứu", "tỉnh Bắc Ninh", false, 2026, TAKEN_ON, planTitle, tasks,
                dongCuu(), List.of());
    }

    private static XWPFDocument open(YearlyReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(YearlyReportDocument.write(report)));
    }

    @Test
    void should_write_the_header_of_nghi_dinh_30_with_the_issuer_number_to_fill_motto_and_place() throws IOException {
        // given
        YearlyReport report = wardReport(null, PlanTasks.generic());

        // when
        try (XWPFDocument document = open(report)) {
            // then
            XWPFTable header = document.getTables().get(0);
            List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
            List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
            assertThat(left).extracting(XWPFParagraph::getText).containsExactly("UBND XÃ ĐÔNG CỨU", "Số: ……/BC-UBND");
            assertThat(left.get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(right).extracting(XWPFParagraph::getText).containsExactly(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Đông Cứu, ngày … tháng … năm …");
            assertThat(right.get(0).getRuns().get(0).isBold()).isTrue();
            XWPFRun motto = right.get(1).getRuns().get(0);
            assertThat(motto.isBold()).isTrue();
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(right.get(2).getRuns().get(0).isItalic()).isTrue();
            assertThat(texts(document)).contains("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch … về tiêu chuẩn, đo lường, chất lượng năm 2026");
        }
    }

    @Test
    void should_set_a4_the_margins_of_nghi_dinh_30_and_times_new_roman() throws IOException {
        // when
        try (XWPFDocument document = open(wardReport(null, PlanTasks.generic()))) {
            // then
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(millimetres(section.getPgMar().getTop())).isBetween(20.0, 25.0);
            assertThat(millimetres(section.getPgMar().getBottom())).isBetween(20.0, 25.0);
            assertThat(millimetres(section.getPgMar().getLeft())).isBetween(30.0, 35.0);
            assertThat(millimetres(section.getPgMar().getRight())).isBetween(15.0, 20.0);
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontFamily).distinct()).containsExactly("Times New Roman");
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontSizeAsDouble).distinct()).allMatch(size -> size >= 13 && size <= 14);
        }
    }

    @Test
    void should_put_each_figure_of_the_ward_in_its_table_and_sentence() throws IOException {
        // when
        try (XWPFDocument document = open(wardReport(null, PlanTasks.generic()))) {
            // then: news by category with its total
            assertThat(rows(table(document, "Chuyên mục"))).containsExactly(List.of("Chuyên mục", "Số tin bài"),
                    List.of("Đo lường", "3"), List.of("Chất lượng", "1"), List.of("Tổng cộng", "4"));
            assertThat(rows(table(document, "Loại phản ánh"))).containsExactly(
                    List.of("Loại phản ánh", "Số phản ánh"), List.of("Cân thiếu, gian lận đo lường", "5"),
                    List.of("Hàng giả, hàng nhái", "1"), List.of("Tổng cộng", "6"));
            assertThat(rows(table(document, "Tình trạng xử lý"))).contains(List.of("Đã xử lý", "4"),
                    List.of("Tổng cộng", "6"));
            assertThat(rows(table(document, "Tình trạng kiểm định"))).contains(List.of("Còn hiệu lực", "2"),
                    List.of("Tổng cộng", "3"));
            String text = String.join("\n", texts(document));
            assertThat(text).contains("đã đăng 4 tin bài")
                    .contains("Tiếp nhận 6 phản ánh; đã xử lý xong 3 phản ánh, trong đó 2 phản ánh đúng hạn"
                            + " (tỷ lệ đúng hạn: 66,7%); còn 3 phản ánh đang xử lý, trong đó 1 phản ánh quá hạn.")
                    .contains("Có 2 lượt người dân đánh giá kết quả xử lý, trong đó 1 lượt hài lòng"
                            + " (tỷ lệ hài lòng: 50%).")
                    .contains("có 3 phương tiện đo dùng trong giao dịch thương mại; 2 phương tiện được phép sử dụng"
                            + " (kiểm định còn hiệu lực), đạt 66,6% so với chỉ tiêu 100% của Kế hoạch;"
                            + " 1 phương tiện quá hạn kiểm định; 1 cân đối chứng")
                    .contains("Kiểm tra: chưa có số liệu trên Cổng")
                    .contains("Trợ lý hỏi đáp trên Cổng: chưa có số liệu");
        }
    }

    @Test
    void should_say_how_many_questions_the_assistant_answered_and_since_when_it_counts() {
        assertThat(YearlyReportDocument.assistant(new AssistantSummary(true, 12, null)))
                .isEqualTo("Trợ lý hỏi đáp trên Cổng đã trả lời 12 câu hỏi của người dân.");
        assertThat(YearlyReportDocument.assistant(new AssistantSummary(true, 3, LocalDate.of(2026, 12, 5))))
                .isEqualTo("Trợ lý hỏi đáp trên Cổng đã trả lời 3 câu hỏi của người dân."
                        + " (Cổng thống kê từ ngày 05/12/2026.)");
        assertThat(YearlyReportDocument.assistant(AssistantSummary.unavailable())).startsWith(
                "Trợ lý hỏi đáp trên Cổng: chưa có số liệu");
    }

    @Test
    void should_list_the_plans_tasks_with_the_evidence_the_data_holds() throws IOException {
        // given
        List<PlanTask> tasks = List.of(PlanTask.of("1", "Công tác thông tin, tuyên truyền và nâng cao nhận thức"),
                PlanTask.of("2", "Đào tạo, phát triển nguồn nhân lực"));

        // when
        try (XWPFDocument document = open(wardReport("Kế hoạch đẩy mạnh công tác tiêu chuẩn", tasks))) {
            // then
            assertThat(rows(table(document, "TT"))).containsExactly(
                    List.of("TT", "Nhiệm vụ", "Kết quả (số liệu trên Cổng)"),
                    List.of("1", "Công tác thông tin, tuyên truyền và nâng cao nhận thức", "Đăng 4 tin bài tuyên truyền."),
                    List.of("2", "Đào tạo, phát triển nguồn nhân lực", "Cổng chưa có số liệu; đơn vị bổ sung."));
            assertThat(texts(document)).contains("Các nhiệm vụ theo Kế hoạch đẩy mạnh công tác tiêu chuẩn:",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ");
        }
    }

    @Test
    void should_end_with_the_recipients_and_a_signature_block_whose_name_is_left_blank() throws IOException {
        // when
        try (XWPFDocument document = open(wardReport(null, PlanTasks.generic()))) {
            // then
            XWPFTable signature = document.getTables().get(document.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Nơi nhận:", "- UBND tỉnh Bắc Ninh;", "- Sở Khoa học và Công nghệ tỉnh Bắc Ninh;",
                            "- Lưu: VT.");
            assertThat(signature.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .startsWith("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH").endsWith("……………………");
        }
    }

    @Test
    void should_roll_up_a_province_with_one_row_per_ward_and_the_total() throws IOException {
        // given
        WardYearFigures ward = dongCuu();
        WardYearFigures other = new WardYearFigures("xa-khac", "xã Khác", new NewsFigures(List.of()),
                new ReportYearFigures(List.of(), List.of(), ReportFigures.none(102L)),
                new InstrumentFigures(0, 0, List.of(), 0, 0), InspectionSummary.unavailable(),
                AssistantSummary.unavailable());
        YearlyReport report = new YearlyReport("bac-ninh", "tỉnh Bắc Ninh", "", true, 2026, TAKEN_ON, null,
                PlanTasks.generic(), ward, List.of(ward, other));

        // when
        try (XWPFDocument document = open(report)) {
            // then
            List<List<String>> rows = rows(table(document, "Phường/xã"));
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1)).containsExactly("Xã Đông Cứu", "4", "6", "3", "66,7", "50", "3", "2", "66,6", "1");
            assertThat(rows.get(2)).containsExactly("Xã Khác", "0", "0", "0", "–", "–", "0", "0", "–", "0");
            assertThat(rows.get(3).get(0)).isEqualTo("Tổng cộng");
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText()).startsWith("UBND TỈNH BẮC NINH");
            assertThat(texts(document)).contains("(Tổng hợp các phường/xã của tỉnh Bắc Ninh)");
        }
    }

    private static double millimetres(Object twips) {
        return ((BigInteger) twips).doubleValue() / 1440 * 25.4;
    }

    static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFTable table(XWPFDocument document, String firstHeader) {
        Optional<XWPFTable> found = document.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst();
        assertThat(found).as("a table headed " + firstHeader).isPresent();
        return found.get();
    }

    static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream()
                .map((XWPFTableRow row) -> row.getTableCells().stream().map(c -> c.getText()).toList()).toList();
    }
}
