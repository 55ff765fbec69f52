package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.format;

/** The upload is larger than the parser's limit (see {@link DocumentUploadParser#DEFAULT_MAX_BYTES}). */
public final class DocumentTooLargeException extends DocumentLimitException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    DocumentTooLargeException(long maxBytes) {
        super(format("upload.too-large", megabytes(maxBytes)));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "20 MB", "512 KB" (binary units, as browsers and file managers show them). */
    static String megabytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " byte";
    }
}
