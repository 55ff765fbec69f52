package vn.tdc.portal.document.upload;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.parser.apache.pdfbox.ApachePdfBoxDocumentParser;
import java.nio.charset.StandardCharsets;

/**
 * Gets the raw text out of an upload whose type is known: PDF with LangChain4j's
 * {@link ApachePdfBoxDocumentParser} (PDFBox), DOCX with {@link DocxDocumentParser} (POI XWPF), text and
 * Markdown by decoding UTF-8 (already validated by {@link DocumentTypeDetector}).
 *
 * <p>Errors: a document without text is an {@link EmptyDocumentException}. Any other runtime exception
 * from a library is a {@link CorruptDocumentException} with the original as its cause: the libraries read
 * untrusted bytes and report damage with many exception types (an {@code IOException} wrapped by
 * LangChain4j, {@code InvalidPasswordException}, POI's {@code NotOfficeXmlFileException},
 * {@code POIXMLException}, {@code IllegalArgumentException} …), each of which means "this file cannot be
 * read". {@link Error}s are not caught.
 */
final class DocumentTextExtractor {

    private final DocumentParser pdfParser;
    private final DocumentParser docxParser;

    DocumentTextExtractor() {
        this(new ApachePdfBoxDocumentParser(), new DocxDocumentParser());
    }

    DocumentTextExtractor(DocumentParser pdfParser, DocumentParser docxParser) {
        this.pdfParser = pdfParser;
        this.docxParser = docxParser;
    }

    String extract(DocumentType type, UploadedFile file) {
        return switch (type) {
            case PDF -> parse(pdfParser, type, file);
            case DOCX -> parse(docxParser, type, file);
            case TEXT, MARKDOWN -> new String(file.bytes(), StandardCharsets.UTF_8);
        };
    }

    private static String parse(DocumentParser parser, DocumentType type, UploadedFile file) {
        try {
            return parser.parse(file.openStream()).text();
        } catch (BlankDocumentException e) {
            throw EmptyDocumentException.noText(type);
        } catch (RuntimeException e) {
            throw new CorruptDocumentException(type, e);
        }
    }
}
