package vn.tdc.knowledge.document.upload;

import vn.tdc.knowledge.document.application.DocumentFormatException;

/**
 * An uploaded document is rejected. The message is Vietnamese and meant for the editor who uploaded the
 * file, so the web layer can show {@link #getMessage()} as it is; the technical cause (if any) is kept for
 * the log. Nothing has been stored or indexed when this is thrown.
 */
public class DocumentUploadException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    protected DocumentUploadException(String message) {
        super(message);
    }

    protected DocumentUploadException(String message, Throwable cause) {
        super(message, cause);
    }
}
