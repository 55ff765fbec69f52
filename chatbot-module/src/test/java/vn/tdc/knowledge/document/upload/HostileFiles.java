package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Files made to exhaust a reader's memory, written directly (without building them in memory first). */
final class HostileFiles {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Default Extension="bin" ContentType="application/octet-stream"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";

    private HostileFiles() {
    }

    /**
     * A DOCX whose one heading "I. NỘI DUNG" is followed by numbered paragraphs ("Đoạn 12. " and {@code paragraph})
     * until the text holds {@code chars} characters (as in the testers' report: 10 MB of text in a file of under 2 MB).
     */
    static byte[] docxWithText(String paragraph, long chars) {
        return docx(out -> {
            Writer xml = new Writer(out);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            xml.write(paragraphXml("I. NỘI DUNG"));
            long written = 0;
            for (int n = 1; written < chars; n++) {
                String numbered = "Đoạn " + n + ". " + paragraph;
                xml.write(paragraphXml(numbered));
                written += numbered.length();
            }
            xml.write("</w:body></w:document>");
        }, null);
    }

    /** A small valid DOCX with a further part that unpacks to {@code unpackedBytes} of zeros. */
    static byte[] docxWithLargePart(long unpackedBytes) {
        return docx(out -> {
            Writer xml = new Writer(out);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + paragraphXml("I. NỘI DUNG") + paragraphXml("Kiểm tra cân tại chợ.") + "</w:body></w:document>");
        }, unpackedBytes);
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
                deflate(raw, "BT (".getBytes(StandardCharsets.US_ASCII), (byte) 'x', unpackedBytes,
                        ") Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface MainPart {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] docx(MainPart mainPart, Long extraPartBytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELATIONSHIPS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            mainPart.write(zip);
            zip.closeEntry();
            if (extraPartBytes != null) {
                zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
                byte[] zeros = new byte[1024 * 1024];
                for (long written = 0; written < extraPartBytes; written += zeros.length) {
                    zip.write(zeros, 0, (int) Math.min(zeros.length, extraPartBytes - written));
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String paragraphXml(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static void deflate(OutputStream raw, byte[] prefix, byte fill, long count, byte[] suffix) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(new NotClosing(raw), deflater, 64 * 1024)) {
            out.write(prefix);
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, fill);
            for (long written = 0; written < count; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, count - written));
            }
            out.write(suffix);
        } finally {
            deflater.end();
        }
    }

    /** UTF-8 text into a stream. */
    private record Writer(OutputStream out) {
        void write(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
