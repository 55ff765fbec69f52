package vn.tdc.knowledge.document.upload;

/** The upload has no bytes, or its content has no text to index (a scanned PDF, a blank document). */
public final class EmptyDocumentException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY_FILE_MESSAGE = "Tệp tải lên rỗng.";
    public static final String NO_TEXT_MESSAGE = "Tệp không có nội dung văn bản.";
    public static final String NO_PDF_TEXT_MESSAGE =
            "Tệp PDF không có chữ để đọc (có thể là bản scan). Hãy tải lên bản PDF có lớp chữ hoặc tệp DOCX.";

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
