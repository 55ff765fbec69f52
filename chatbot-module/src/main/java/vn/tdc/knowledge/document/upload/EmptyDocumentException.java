package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

/** The upload has no bytes, or its content has no text to index (a scanned PDF, a blank document). */
public final class EmptyDocumentException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY_FILE_MESSAGE = get("upload.empty-file");
    public static final String NO_TEXT_MESSAGE = get("upload.no-text");
    public static final String NO_PDF_TEXT_MESSAGE = get("upload.no-pdf-text");

    private EmptyDocumentException(String message) {
        super(message);
    }

    static EmptyDocumentException emptyFile() {
        return new EmptyDocumentException(EMPTY_FILE_MESSAGE);
    }

    static EmptyDocumentException noText(DocumentType type) {
        return new EmptyDocumentException(type == DocumentType.PDF ? NO_PDF_TEXT_MESSAGE : NO_TEXT_MESSAGE);
    }
}
