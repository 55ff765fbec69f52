package vn.tdc.knowledge.document.upload;

import java.util.List;
import java.util.Objects;
import vn.tdc.knowledge.document.application.SectionParser;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;

/**
 * Reads an uploaded PDF, DOCX, text or Markdown file and its form metadata into a {@link LegalDocument}
 * ready to index.
 *
 * <p>Steps: size check ({@link #maxBytes()}, default {@value #DEFAULT_MAX_BYTES} bytes = 20 MB) → type by
 * content ({@link DocumentTypeDetector}) → raw text (PDFBox, POI XWPF, UTF-8; at most {@link #maxTextChars()}
 * characters, default {@value #DEFAULT_MAX_TEXT_CHARS}, and compressed parts unpacking to bounded sizes: see
 * {@link DocumentTextExtractor}) → cleanup
 * ({@link ExtractedTextCleaner}: NFC, paragraphs rebuilt from wrapped lines, page numbers, running headers,
 * header and signature blocks removed) → sections ({@link SectionParser}, the same outline as the content
 * files: "I.", "II.4", bullets "II.4-2", preamble, closing, "Nơi nhận").
 *
 * <p>Every rejection is a {@link DocumentUploadException} subclass with a Vietnamese message for the editor;
 * nothing is stored anywhere, so a rejected upload changes nothing. Stateless and thread-safe: one instance
 * can serve all requests.
 */
public final class DocumentUploadParser {

    /** 20 MB: the default upload limit. The web layer should enforce the same limit before buffering. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * 1 000 000 characters (about 300 printed pages; the five plans of {@code content/documents} have 6 000 – 11 000
     * each): the default limit of the text read from one upload.
     */
    public static final long DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    private final long maxBytes;
    private final long maxTextChars;
    private final DocumentTypeDetector detector = new DocumentTypeDetector();
    private final DocumentTextExtractor extractor;
    private final ExtractedTextCleaner cleaner = new ExtractedTextCleaner();
    private final SectionParser sectionParser = new SectionParser();

    public DocumentUploadParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentUploadParser(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_TEXT_CHARS);
    }

    /**
     * @param maxBytes     largest file accepted
     * @param maxTextChars most characters of text a file may hold (read from it, before cleanup)
     */
    public DocumentUploadParser(long maxBytes, long maxTextChars) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
        this.maxBytes = maxBytes;
        this.maxTextChars = maxTextChars;
        this.extractor = new DocumentTextExtractor(maxTextChars);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxTextChars() {
        return maxTextChars;
    }

    /** Reads the upload into a sectioned document whose id is the slug of kind, number and issuer. */
    public LegalDocument parse(UploadedFile file, UploadMetadata metadata) {
        return read(file, metadata).document();
    }

    /** Like {@link #parse} but also returns the recognised type and the cleaned body (to store the text). */
    public UploadedDocument read(UploadedFile file, UploadMetadata metadata) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(metadata, "metadata");
        if (file.size() == 0) {
            throw EmptyDocumentException.emptyFile();
        }
        if (file.size() > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        DocumentMetadata documentMetadata = metadata.toDocumentMetadata(file.originalFilename());
        DocumentType type = detector.detect(file);
        String body = cleaner.clean(extractor.extract(type, file), type, documentMetadata);
        List<Section> sections = sectionParser.parse(body);
        if (body.isBlank() || sections.isEmpty()) {
            throw EmptyDocumentException.noText(type);
        }
        return new UploadedDocument(new LegalDocument(documentMetadata, sections), type, body);
    }
}
