package vn.tdc.knowledge.document.upload;

/**
 * The upload is refused because it is too big for the portal: the file itself, the text it holds, or what its
 * compressed parts unpack to. The web layer answers these with 413; nothing has been stored.
 */
public abstract class DocumentLimitException extends DocumentUploadException {

    private static final long serialVersionUID = 1L;

    protected DocumentLimitException(String message) {
        super(message);
    }
}
