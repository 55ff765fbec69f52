package vn.tdc.knowledge.document.upload;

/** A required field of the upload form is missing or too long; {@link #field()} names the form field. */
public final class InvalidUploadMetadataException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidUploadMetadataException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The {@link UploadMetadata} component at fault: "kind", "issuer", "title", … */
    public String field() {
        return field;
    }
}
