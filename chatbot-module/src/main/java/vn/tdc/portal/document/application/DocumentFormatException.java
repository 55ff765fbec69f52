package vn.tdc.portal.document.application;

/** A content file does not follow the documented front-matter format. */
public class DocumentFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message) {
        super(message);
    }
}
