package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs written with PDFBox, one physical line per {@code showText}, like a PDF printed from Word.
 *
 * <p>PDFBox's standard 14 fonts cannot encode Vietnamese, so the text is set in Noto Sans (Debian package
 * {@code fonts-noto-core}) when it is installed; otherwise every line is reduced to ASCII
 * ({@link #printable}) and tests compare against the same reduction. {@code -Dupload.tests.asciiPdf=true}
 * forces that fallback on a machine that has the font.
 */
final class TestPdfs {

    static final Path NOTO_SANS = Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    private static final float FONT_SIZE = 10.5f;
    private static final float LEADING = 15f;

    private TestPdfs() {
    }

    static boolean hasVietnameseFont() {
        return Files.isReadable(NOTO_SANS) && !Boolean.getBoolean("upload.tests.asciiPdf");
    }

    /** The text as the generated PDF carries it: unchanged with Noto Sans, without diacritics otherwise. */
    static String printable(String text) {
        if (hasVietnameseFont()) {
            return text;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E\\n]", "-");
    }

    /** A PDF with one page per list of lines. */
    static byte[] pdf(List<List<String>> pages) {
        return write(pages, null);
    }

    /** A PDF that needs the user password to open. */
    static byte[] encryptedPdf(List<String> lines, String userPassword) {
        return write(List.of(lines), userPassword);
    }

    private static byte[] write(List<List<String>> pages, String userPassword) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = hasVietnameseFont()
                    ? PDType0Font.load(document, NOTO_SANS.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(57, 800);
                    for (String line : lines) {
                        content.showText(printable(line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks paragraphs into lines of at most {@code width} characters at spaces, as a PDF layout would. */
    static List<String> wrap(List<String> paragraphs, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
