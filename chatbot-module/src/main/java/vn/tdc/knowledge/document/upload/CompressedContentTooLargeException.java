package vn.tdc.knowledge.document.upload;

/**
 * A compressed part of a PDF or DOCX unpacks to more than the portal reads (a "decompression bomb", or a damaged
 * file): refused before it is unpacked into memory.
 */
public final class CompressedContentTooLargeException extends DocumentLimitException {

    private static final long serialVersionUID = 1L;

    private final DocumentType type;
    private final long limitBytes;

    CompressedContentTooLargeException(DocumentType type, long limitBytes) {
        super("Tệp " + type.label() + " có phần nén khi giải nén vượt quá " + DocumentTooLargeException.megabytes(limitBytes)
                + " (tệp hỏng hoặc được tạo bất thường): cổng không đọc tệp này.");
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
