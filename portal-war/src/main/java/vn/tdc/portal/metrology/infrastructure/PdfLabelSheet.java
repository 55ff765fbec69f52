package vn.tdc.portal.metrology.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.tdc.portal.metrology.application.InstrumentLabel;
import vn.tdc.portal.metrology.application.LabelSheetRenderer;
import vn.tdc.portal.platform.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labels as A4 sheets of {@value #COLUMNS}×{@value #ROWS} stickers, drawn with PDFBox: on each, the QR code of the
 * instrument's page (ZXing, error correction M, drawn as vector squares so that it prints sharp at any size), the
 * grouped code under it for residents whose phone cannot scan, and to its right the instrument's type, place and stall,
 * and "Kiểm định đến dd/MM/yyyy". A thin grey frame shows where to cut.
 *
 * <p>The text is set in Noto Sans, shipped in the WAR ({@code vn/tdc/portal/metrology/fonts}, SIL Open Font License
 * 1.1, see {@code OFL.txt} there; copied from Debian's {@code fonts-noto-core}), embedded as a subset: PDF's standard
 * fonts have no Vietnamese letters. A character the font lacks is printed as "?" rather than failing the sheet.
 * Vietnamese letters are precomposed characters of the font's own character map, so its glyph substitution table
 * (GSUB: ligatures, alternates) is hidden from PDFBox: a label needs none of it, and PDFBox 3.0.7 spends about 0.5 ms
 * on it for every line of text (2 000 labels on the 2-core build machine: 10 s with it, 4 s without; see
 * {@link #withoutGlyphSubstitution}).
 */
@ApplicationScoped
public class PdfLabelSheet implements LabelSheetRenderer {

    static final int COLUMNS = 3;
    static final int ROWS = 8;
    static final float MARGIN_X = 18f;
    static final float MARGIN_Y = 22f;
    static final float CELL_WIDTH = (PDRectangle.A4.getWidth() - 2 * MARGIN_X) / COLUMNS;
    static final float CELL_HEIGHT = (PDRectangle.A4.getHeight() - 2 * MARGIN_Y) / ROWS;
    private static final float PADDING = 6f;
    private static final float QR_SIZE = 68f;
    private static final float TEXT_X = PADDING + QR_SIZE + PADDING;
    private static final float TEXT_WIDTH = CELL_WIDTH - TEXT_X - PADDING;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FONTS = "/vn/tdc/portal/metrology/fonts/";

    private final byte[] regular = withoutGlyphSubstitution(font("NotoSans-Regular.ttf"));
    private final byte[] bold = withoutGlyphSubstitution(font("NotoSans-Bold.ttf"));

    @Override
    public byte[] render(List<InstrumentLabel> labels) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont text = PDType0Font.load(document, new ByteArrayInputStream(regular));
            PDFont strong = PDType0Font.load(document, new ByteArrayInputStream(bold));
            int perPage = COLUMNS * ROWS;
            for (int first = 0; first < labels.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = first; i < Math.min(labels.size(), first + perPage); i++) {
                        int cell = i - first;
                        float x = MARGIN_X + (cell % COLUMNS) * CELL_WIDTH;
                        float y = PDRectangle.A4.getHeight() - MARGIN_Y - (cell / COLUMNS + 1) * CELL_HEIGHT;
                        label(content, labels.get(i), x, y, text, strong);
                    }
                }
            }
            document.getDocumentInformation().setTitle(Messages.get("metrologyLabels.pdf.title"));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("label sheet not drawn", e);
        }
    }

    /** One sticker whose lower left corner is ({@code x}, {@code y}). */
    private static void label(PDPageContentStream content, InstrumentLabel label, float x, float y, PDFont text,
                              PDFont strong) throws IOException {
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.3f);
        content.addRect(x, y, CELL_WIDTH, CELL_HEIGHT);
        content.stroke();
        content.setNonStrokingColor(0f, 0f, 0f);

        float qrTop = y + CELL_HEIGHT - PADDING;
        qr(content, label.url(), x + PADDING, qrTop - QR_SIZE, QR_SIZE);
        String code = printable(strong, label.codeGrouped());
        float codeSize = 9.5f;
        float codeWidth = width(strong, code, codeSize);
        write(content, strong, codeSize, x + PADDING + (QR_SIZE - codeWidth) / 2, qrTop - QR_SIZE - 11f, code);

        float lineY = y + CELL_HEIGHT - PADDING - 8f;
        for (String line : lines(strong, label.typeName(), 8.5f, 2)) {
            write(content, strong, 8.5f, x + TEXT_X, lineY, line);
            lineY -= 10.5f;
        }
        lineY -= 1f;
        for (String line : lines(text, label.placeAndStall(), 7.5f, 3)) {
            write(content, text, 7.5f, x + TEXT_X, lineY, line);
            lineY -= 9.5f;
        }
        String due = label.dueOn() == null ? Messages.get("metrologyLabels.pdf.notVerified")
                : Messages.format("metrologyLabels.pdf.due", DATE.format(label.dueOn()));
        List<String> scan = lines(text, Messages.get("metrologyLabels.pdf.scan"), 5.5f, 2);
        float bottomY = y + PADDING;
        for (int i = scan.size() - 1; i >= 0; i--) {
            write(content, text, 5.5f, x + TEXT_X, bottomY, scan.get(i));
            bottomY += 7f;
        }
        for (String line : lines(strong, due, 7f, 1)) {
            write(content, strong, 7f, x + TEXT_X, Math.min(bottomY + 2f, lineY), line);
        }
    }

    /** The QR code of {@code url} as black squares in a {@code size}-point square, with a quiet zone of two modules. */
    static void qr(PDPageContentStream content, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix = matrix(url);
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module,
                        module);
            }
        }
        content.fill();
    }

    /** The QR code's modules (one bit each, quiet zone included). */
    static BitMatrix matrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + url, e);
        }
    }

    private static void write(PDPageContentStream content, PDFont font, float size, float x, float y, String line)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }

    /** {@code value} in at most {@code maxLines} lines of the text column, the last one cut with "…" if need be. */
    private static List<String> lines(PDFont font, String value, float size, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = printable(font, value == null ? "" : value.strip());
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (width(font, rest, size) <= TEXT_WIDTH) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = rest.length();
            while (cut > 1 && width(font, rest.substring(0, cut), size) > TEXT_WIDTH) {
                int space = rest.lastIndexOf(' ', cut - 1);
                cut = space > 0 ? space : cut - 1;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            while (!last.isEmpty() && width(font, last + "…", size) > TEXT_WIDTH) {
                last = last.substring(0, last.length() - 1);
            }
            lines.set(lines.size() - 1, last.strip() + "…");
        }
        return lines;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with every character the font cannot draw (and every control character) replaced by "?". */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = Character.isISOControl(c) ? " " : Character.toString(c);
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfLabelSheet.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the WAR: " + FONTS + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The TrueType font with its {@code GSUB} table renamed in the table directory ({@code GSUB} → {@code gsub}, a tag
     * no reader looks for), the tables themselves unchanged. The directory is 16-byte records (tag, checksum, offset,
     * length) from byte 12, their number at byte 4.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= copy.length && copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U'
                    && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }
}
