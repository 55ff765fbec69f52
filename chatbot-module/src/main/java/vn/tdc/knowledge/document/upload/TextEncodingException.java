package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

/** A {@code .txt}/{@code .md} file that is not valid UTF-8 (e.g. Windows-1258, TCVN3 or UTF-16). */
public final class TextEncodingException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = get("upload.text-encoding");

    TextEncodingException() {
        super(MESSAGE);
    }
}
