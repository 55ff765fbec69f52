package vn.tdc.portal.it;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Documents made to exhaust the portal's memory (issue #9), written straight into their bytes: a DOCX whose one
 * heading is followed by megabytes of numbered paragraphs, a PDF whose page content is a small Flate stream that
 * unpacks to hundreds of megabytes.
 */
final class HostileDocuments {

    private static final String PARAGRAPH = "Kiểm tra cân tại các chợ trên địa bàn, niêm yết giá và đặt cân đối chứng "
            + "tại cổng chợ để người mua tự cân lại hàng hóa đã mua.";

    private HostileDocuments() {
    }

    /** A DOCX: "I. NỘI DUNG", then numbered paragraphs up to {@code chars} characters, then {@code lastParagraph}. */
    static byte[] docx(long chars, String lastParagraph) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                    + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + paragraph("I. NỘI DUNG"));
            long written = 0;
            for (int n = 1; written < chars; n++) {
                String text = "Đoạn " + n + ". " + PARAGRAPH;
                write(zip, paragraph(text));
                written += text.length();
            }
            write(zip, paragraph(lastParagraph) + "</w:body></w:document>");
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose content stream is Flate data unpacking to {@code unpackedBytes}: one string of "x" shown
     * with {@code Tj} (PDFBox reads a string token whole into memory).
     */
    static byte[] pdfWithFlateBomb(long unpackedBytes) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(deflatedString(unpackedBytes));
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflatedString(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) 'x');
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput("BT (".getBytes(StandardCharsets.US_ASCII));
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        for (long given = 0; given < count; given += block.length) {
            deflater.setInput(block, 0, (int) Math.min(block.length, count - given));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.setInput(") Tj ET".getBytes(StandardCharsets.US_ASCII));
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
