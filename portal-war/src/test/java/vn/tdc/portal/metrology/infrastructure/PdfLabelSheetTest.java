package vn.tdc.portal.metrology.infrastructure;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.metrology.application.InstrumentLabel;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLabelSheetTest {

    private static final float DPI = 200f;
    private static final String BASE = "https://tdc.dongcuu.gov.vn/xa-dong-cuu/phuong-tien-do/";

    private static List<InstrumentLabel> labels(int count) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
        List<InstrumentLabel> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "K7M2Q9" + alphabet.charAt(i / alphabet.length()) + alphabet.charAt(i % alphabet.length());
            labels.add(new InstrumentLabel(BASE + code, code.substring(0, 4) + "-" + code.substring(4),
                    i % 2 == 0 ? "Cân đồng hồ lò xo" : "Cột đo xăng dầu",
                    "Chợ Đông Cứu, sạp " + (i + 1), i == 1 ? null : LocalDate.of(2026, 12, 31)));
        }
        return labels;
    }

    @Test
    void should_print_24_labels_a_page_with_the_grouped_code_type_place_and_due_date_in_vietnamese() throws Exception {
        // given 25 instruments
        List<InstrumentLabel> labels = labels(25);

        // when the sheet is drawn
        byte[] pdf = new PdfLabelSheet().render(labels);

        // then it is a two-page A4 PDF whose text holds each label's facts
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("K7M2-Q922", "K7M2-Q923", "K7M2-Q92A", "Cân đồng hồ lò xo", "Cột đo xăng dầu",
                    "Chợ Đông Cứu, sạp 25", "Kiểm định đến 31/12/2026", "Chưa kiểm định");
        }
    }

    @Test
    void should_encode_each_instruments_page_address_in_a_qr_code_a_phone_can_read() throws Exception {
        // given a sheet of 24 labels
        List<InstrumentLabel> labels = labels(24);
        byte[] pdf = new PdfLabelSheet().render(labels);

        // when its page is printed (rendered at 200 dpi) and the first and the last label are scanned
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);

            // then each QR code holds the address of its instrument's page
            assertThat(decode(cell(page, 0))).isEqualTo(BASE + "K7M2Q922");
            assertThat(decode(cell(page, 23))).isEqualTo(labels.get(23).url());
        }
    }

    @Test
    void should_print_a_character_the_font_lacks_as_a_question_mark_instead_of_failing() throws Exception {
        InstrumentLabel label = new InstrumentLabel(BASE + "K7M2Q9XA", "K7M2-Q9XA", "Cân điện tử",
                "Chợ 市場 Đông Cứu", LocalDate.of(2027, 1, 2));

        byte[] pdf = new PdfLabelSheet().render(List.of(label));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Chợ ?? Đông Cứu", "Kiểm định đến 02/01/2027");
        }
    }

    @Test
    void should_hide_only_the_glyph_substitution_table_of_the_font() throws Exception {
        byte[] font;
        try (var in = PdfLabelSheet.class.getResourceAsStream("/vn/tdc/portal/metrology/fonts/NotoSans-Regular.ttf")) {
            font = in.readAllBytes();
        }

        byte[] plain = PdfLabelSheet.withoutGlyphSubstitution(font);

        try (var before = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
             var after = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(plain))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB").containsKeys("gsub", "cmap", "glyf");
            assertThat(after.getTableMap()).hasSameSizeAs(before.getTableMap());
            assertThat(after.getUnicodeCmapLookup().getGlyphId('ệ')).isEqualTo(before.getUnicodeCmapLookup().getGlyphId('ệ'))
                    .isPositive();
        }
    }

    /** The image of label {@code index} of a rendered page. */
    private static BufferedImage cell(BufferedImage page, int index) {
        float scale = DPI / 72f;
        int column = index % PdfLabelSheet.COLUMNS;
        int row = index / PdfLabelSheet.COLUMNS;
        int x = Math.round((PdfLabelSheet.MARGIN_X + column * PdfLabelSheet.CELL_WIDTH) * scale);
        int y = Math.round((PdfLabelSheet.MARGIN_Y + row * PdfLabelSheet.CELL_HEIGHT) * scale);
        return page.getSubimage(x, y, Math.round(PdfLabelSheet.CELL_WIDTH * scale),
                Math.round(PdfLabelSheet.CELL_HEIGHT * scale));
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
