package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.format;

/**
 * A compressed part of a PDF or DOCX unpacks to more than the portal reads (a "decompression bomb", or a damaged
 * file): refused before it is unpacked into memory.
 */
public final class CompressedContentTooLargeException extends DocumentLimitException {

    private static final long serialVersionUID = 1L;

    private final DocumentType type;
    private final long limitBytes;

    CompressedContentTooLargeException(DocumentType type, long limitBytes) {
        super(format("upload.compressed-too-large", type.label(), DocumentTooLargeException.megabytes(limitBytes)));
        this.type = type;
        this.limitBytes = limitBytes;
    }

    public DocumentType type() {
        return type;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
