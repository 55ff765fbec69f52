package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.search.application.ChunkSplitter;
import vn.tdc.knowledge.search.application.SectionChunker;
import vn.tdc.knowledge.search.domain.IndexChunk;

/**
 * Files made to exhaust memory (issue #9: a 1.77 MB DOCX holding 10 MB of text under one heading, a PDF with a
 * huge Flate stream): refused with a Vietnamese message before they are unpacked, or, when only long, read into
 * chunks of bounded size.
 */
class HostileUploadTest {

    private static final String PARAGRAPH = "Kiểm tra cân tại các chợ trên địa bàn xã, niêm yết giá và đặt cân đối chứng "
            + "tại cổng chợ để người mua tự cân lại hàng hóa đã mua.";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentUploadParser parser = new DocumentUploadParser();

    @Test
    void should_refuse_a_docx_holding_ten_megabytes_of_text_under_one_heading() {
        // given
        byte[] docx = HostileFiles.docxWithText(PARAGRAPH, 10_000_000);
        UploadedFile file = new UploadedFile(docx, "ke-hoach.docx", DOCX);

        // when / then
        assertThat((long) docx.length).isLessThan(DocumentUploadParser.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> parser.parse(file, SamplePlan.metadata()))
                .isInstanceOf(DocumentTextTooLongException.class)
                .isInstanceOf(DocumentLimitException.class)
                .hasMessage("Văn bản quá dài: nội dung chữ vượt quá 1.000.000 ký tự mà cổng nhận cho một văn bản. "
                        + "Hãy tách thành nhiều tệp nhỏ hơn.");
    }

    @Test
    void should_read_a_long_section_within_the_limit_into_chunks_of_bounded_size() {
        // given 200 000 characters under one heading
        byte[] docx = HostileFiles.docxWithText(PARAGRAPH, 200_000);

        // when
        LegalDocument document = parser.parse(new UploadedFile(docx, "ke-hoach.docx", DOCX), SamplePlan.metadata());
        List<IndexChunk> chunks = new ChunkSplitter().splitAll(new SectionChunker().chunk(document));

        // then
        assertThat(document.sections()).hasSize(1);
        assertThat(document.sections().get(0).text().length()).isGreaterThan(190_000);
        assertThat(chunks).hasSizeGreaterThan(50)
                .allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(ChunkSplitter.MAX_CHARS));
        assertThat(chunks.subList(1, chunks.size())).extracting(IndexChunk::anchor).containsOnly("I");
    }

    @Test
    void should_refuse_a_docx_whose_parts_unpack_to_more_than_the_limit() {
        // given a DOCX of a few hundred kilobytes with a part of 200 MB of zeros
        byte[] docx = HostileFiles.docxWithLargePart(200L * 1024 * 1024);

        // when / then
        assertThat(docx.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> parser.parse(new UploadedFile(docx, "ke-hoach.docx", DOCX), SamplePlan.metadata()))
                .isInstanceOf(CompressedContentTooLargeException.class)
                .hasMessage("Tệp DOCX có phần nén khi giải nén vượt quá 64 MB (tệp hỏng hoặc được tạo bất thường): "
                        + "cổng không đọc tệp này.");
    }

    @Test
    void should_refuse_a_pdf_whose_content_stream_unpacks_to_hundreds_of_megabytes() {
        // given a PDF of about 200 KB whose page content unpacks to 200 MB
        byte[] pdf = HostileFiles.pdfWithFlateBomb(200L * 1024 * 1024);

        // when / then
        assertThat(pdf.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> parser.parse(new UploadedFile(pdf, "ke-hoach.pdf", "application/pdf"), SamplePlan.metadata()))
                .isInstanceOf(CompressedContentTooLargeException.class)
                .hasMessage("Tệp PDF có phần nén khi giải nén vượt quá 16 MB (tệp hỏng hoặc được tạo bất thường): "
                        + "cổng không đọc tệp này.");
    }

    @Test
    void should_read_a_pdf_whose_streams_are_within_the_limits() {
        // given an ordinary PDF of the sample plan (Flate-compressed content and font)
        byte[] pdf = TestPdfs.pdf(List.of(planLines()));

        // when
        LegalDocument document = parser.parse(new UploadedFile(pdf, "ke-hoach.pdf", "application/pdf"), SamplePlan.metadata());

        // then
        assertThat(document.sections()).isNotEmpty();
    }

    @Test
    void should_refuse_a_pdf_page_that_places_more_glyphs_than_any_printed_page() {
        // given one page showing 60 000 characters
        byte[] pdf = TestPdfs.pdf(List.of(Collections.nCopies(600, "x".repeat(100))));

        // when / then
        assertThatThrownBy(() -> parser.parse(new UploadedFile(pdf, "ke-hoach.pdf", "application/pdf"), SamplePlan.metadata()))
                .isInstanceOf(DocumentTextTooLongException.class)
                .hasMessage("Tệp PDF có trang chứa hơn 50.000 ký tự, nhiều hơn mọi trang in thông thường: cổng không đọc tệp này.");
    }

    @Test
    void should_refuse_a_pdf_whose_text_exceeds_the_limit() {
        // given a parser that takes 500 characters, and a PDF of three pages of text
        DocumentUploadParser small = new DocumentUploadParser(DocumentUploadParser.DEFAULT_MAX_BYTES, 500);
        byte[] pdf = TestPdfs.pdf(List.of(planLines(), planLines(), planLines()));

        // when / then
        assertThatThrownBy(() -> small.parse(new UploadedFile(pdf, "ke-hoach.pdf", "application/pdf"), SamplePlan.metadata()))
                .isInstanceOf(DocumentTextTooLongException.class)
                .hasMessageContaining("vượt quá 500 ký tự");
    }

    @Test
    void should_refuse_a_text_file_over_the_limit_and_accept_one_at_the_limit() {
        // given a parser that takes 1 000 characters
        DocumentUploadParser small = new DocumentUploadParser(DocumentUploadParser.DEFAULT_MAX_BYTES, 1_000);
        String heading = "I. NỘI DUNG\n";
        String atLimit = heading + "đ".repeat(1_000 - heading.length());

        // when / then
        assertThat(small.parse(UploadedFile.of(atLimit.getBytes(StandardCharsets.UTF_8), "a.txt"), SamplePlan.metadata())
                .sections()).isNotEmpty();
        assertThatThrownBy(() -> small.parse(UploadedFile.of((atLimit + "đ").getBytes(StandardCharsets.UTF_8), "a.txt"),
                SamplePlan.metadata()))
                .isInstanceOf(DocumentTextTooLongException.class)
                .hasMessageContaining("1.000 ký tự");
    }

    private static List<String> planLines() {
        return TestPdfs.wrap(SamplePlan.paragraphs(), 90).subList(0, 45);
    }

    @Test
    void should_refuse_a_docx_over_a_small_text_limit_before_reading_it() {
        // given
        DocumentUploadParser small = new DocumentUploadParser(DocumentUploadParser.DEFAULT_MAX_BYTES, 1_000);
        byte[] docx = HostileFiles.docxWithText(PARAGRAPH, 5_000);

        // when / then
        assertThatThrownBy(() -> small.parse(new UploadedFile(docx, "a.docx", DOCX), SamplePlan.metadata()))
                .isInstanceOf(DocumentTextTooLongException.class);
    }
}
