package vn.tdc.knowledge.document.upload;

import dev.langchain4j.data.document.BlankDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Gets the raw text out of an upload whose type is known, never more than {@code maxTextChars} characters:
 * PDF with PDFBox ({@link PdfTextReader}: compressed streams and glyphs per page bounded), DOCX with
 * {@link DocxDocumentParser} (POI XWPF) after {@link DocxPackageCheck} has measured the package without unpacking
 * it into memory, text and Markdown by decoding UTF-8 (already validated by {@link DocumentTypeDetector}) once
 * their characters have been counted.
 *
 * <p>Errors: a limit exceeded is a {@link DocumentLimitException}; a document without text an
 * {@link EmptyDocumentException}. Any other exception from a library is a {@link CorruptDocumentException} with the
 * original as its cause: the libraries read untrusted bytes and report damage with many exception types (an
 * {@code IOException}, {@code InvalidPasswordException}, POI's {@code NotOfficeXmlFileException},
 * {@code POIXMLException}, {@code IllegalArgumentException} …), each of which means "this file cannot be read".
 * {@link Error}s are not caught.
 */
final class DocumentTextExtractor {

    private final long maxTextChars;
    private final PdfTextReader pdfReader;
    private final DocxPackageCheck docxCheck = new DocxPackageCheck();
    private final DocxDocumentParser docxParser = new DocxDocumentParser();

    DocumentTextExtractor(long maxTextChars) {
        this.maxTextChars = maxTextChars;
        this.pdfReader = new PdfTextReader(maxTextChars);
    }

    String extract(DocumentType type, UploadedFile file) {
        String text = switch (type) {
            case PDF -> pdf(file);
            case DOCX -> docx(file);
            case TEXT, MARKDOWN -> utf8(file.bytes());
        };
        if (text.length() > maxTextChars) {
            throw DocumentTextTooLongException.text(maxTextChars);
        }
        return text;
    }

    private String pdf(UploadedFile file) {
        String text;
        try {
            text = pdfReader.read(file.bytes());
        } catch (DocumentUploadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException(DocumentType.PDF, e);
        }
        if (text.isBlank()) {
            throw EmptyDocumentException.noText(DocumentType.PDF);
        }
        return text;
    }

    private String docx(UploadedFile file) {
        docxCheck.check(file.bytes(), maxTextChars);
        try {
            return docxParser.parse(file.openStream()).text();
        } catch (BlankDocumentException e) {
            throw EmptyDocumentException.noText(DocumentType.DOCX);
        } catch (DocumentUploadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptDocumentException(DocumentType.DOCX, e);
        }
    }

    /** Decodes valid UTF-8 after counting its UTF-16 characters, so an over-long text is never decoded. */
    private String utf8(byte[] bytes) {
        long chars = 0;
        for (byte b : bytes) {
            if ((b & 0xC0) != 0x80) {
                chars += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        if (chars > maxTextChars) {
            throw DocumentTextTooLongException.text(maxTextChars);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
