package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

/** The file's content is not PDF, DOCX, or UTF-8 text named {@code .txt}/{@code .md}, whatever its name says. */
public final class UnsupportedDocumentException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = get("upload.unsupported");
    public static final String LEGACY_WORD_MESSAGE = get("upload.unsupported.legacy-word");

    private UnsupportedDocumentException(String message) {
        super(message);
    }

    static UnsupportedDocumentException unsupported() {
        return new UnsupportedDocumentException(MESSAGE);
    }

    /** An OLE2 compound file: Word 97–2003 (.doc) or another legacy Office format. */
    static UnsupportedDocumentException legacyOffice() {
        return new UnsupportedDocumentException(LEGACY_WORD_MESSAGE);
    }
}
