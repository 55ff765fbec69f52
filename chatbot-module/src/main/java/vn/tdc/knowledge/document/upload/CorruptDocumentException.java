package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

/** A file recognised as PDF or DOCX by its content that the PDF/DOCX library cannot read. */
public final class CorruptDocumentException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String PDF_MESSAGE = get("upload.corrupt.pdf");
    public static final String DOCX_MESSAGE = get("upload.corrupt.docx");

    private final DocumentType type;

    CorruptDocumentException(DocumentType type, Throwable cause) {
        super(type == DocumentType.PDF ? PDF_MESSAGE : DOCX_MESSAGE, cause);
        this.type = type;
    }

    public DocumentType type() {
        return type;
    }
}
