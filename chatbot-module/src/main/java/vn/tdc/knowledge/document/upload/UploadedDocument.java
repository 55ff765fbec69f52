package vn.tdc.knowledge.document.upload;

import java.util.Objects;
import vn.tdc.knowledge.document.domain.LegalDocument;

/**
 * The result of reading one upload: the sectioned document, the type its content was recognised as, and
 * the cleaned body (one paragraph per line) the sections were parsed from.
 */
public record UploadedDocument(LegalDocument document, DocumentType type, String body) {

    public UploadedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    /** The document as a content file ({@code content/documents/_FORMAT.md}), readable by {@code DocumentLoader}. */
    public String toContentFile() {
        return ContentFileWriter.write(document.metadata(), body);
    }
}
