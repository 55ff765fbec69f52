package vn.tdc.knowledge.document.application;

/** A content file does not follow the documented front-matter format, or an uploaded document cannot be read. */
public class DocumentFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message) {
        super(message);
    }

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
