package vn.tdc.knowledge.document.upload;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, read with PDFBox's {@link PDFTextStripper} (as LangChain4j's {@code ApachePdfBoxDocumentParser}
 * does) within bounds, so a hostile file cannot make the portal hold hundreds of megabytes:
 * <ol>
 *   <li>compressed streams are checked before anything is unpacked ({@link PdfStreamCheck});</li>
 *   <li>a page may place at most {@value #MAX_GLYPHS_PER_PAGE} glyphs (PDFBox keeps every glyph of a page, a few
 *       hundred bytes each, until the page is written; a dense printed page has about 5 000);</li>
 *   <li>the text is written into a {@link BoundedTextWriter} that stops at {@code maxTextChars}.</li>
 * </ol>
 * Thread-safe: each call works on its own objects.
 */
final class PdfTextReader {

    static final int MAX_GLYPHS_PER_PAGE = 50_000;

    private final long maxTextChars;

    PdfTextReader(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /**
     * @return the text, possibly blank (a scan)
     * @throws DocumentLimitException when the file is over a limit
     * @throws IOException            when PDFBox cannot read the file (damaged, or protected by a password)
     */
    String read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PdfStreamCheck().check(document);
            BoundedTextWriter text = new BoundedTextWriter(maxTextChars);
            BoundedStripper stripper = new BoundedStripper();
            try {
                stripper.writeText(document, text);
            } catch (IOException | RuntimeException e) {
                if (!text.exceeded() && !stripper.pageTooDense) {
                    throw e;
                }
            }
            if (stripper.pageTooDense) {
                throw DocumentTextTooLongException.page(MAX_GLYPHS_PER_PAGE);
            }
            if (text.exceeded()) {
                throw DocumentTextTooLongException.text(maxTextChars);
            }
            return text.toString();
        }
    }

    /** Stops a page that places more than {@value #MAX_GLYPHS_PER_PAGE} glyphs. */
    private static final class BoundedStripper extends PDFTextStripper {

        private int glyphsOnPage;
        private boolean pageTooDense;

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphsOnPage = 0;
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) {
                pageTooDense = true;
                throw new IllegalStateException("more than " + MAX_GLYPHS_PER_PAGE + " glyphs on one page");
            }
            super.processTextPosition(text);
        }
    }
}
