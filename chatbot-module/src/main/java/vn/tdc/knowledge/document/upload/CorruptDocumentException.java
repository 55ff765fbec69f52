package vn.tdc.knowledge.document.upload;

/** A file recognised as PDF or DOCX by its content that the PDF/DOCX library cannot read. */
public final class CorruptDocumentException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String PDF_MESSAGE = "Không đọc được tệp PDF: tệp bị hỏng hoặc được bảo vệ.";
    public static final String DOCX_MESSAGE = "Không đọc được tệp DOCX: tệp bị hỏng hoặc không đúng định dạng Word.";

    private final DocumentType type;

    CorruptDocumentException(DocumentType type, Throwable cause) {
        super(type == DocumentType.PDF ? PDF_MESSAGE : DOCX_MESSAGE, cause);
        this.type = type;
    }

    public DocumentType type() {
        return type;
    }
}
