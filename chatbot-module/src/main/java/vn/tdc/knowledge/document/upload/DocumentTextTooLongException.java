package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.format;

import java.util.Locale;

/**
 * The text read from the upload is longer than the portal accepts ({@link DocumentUploadParser#maxTextChars()}),
 * or a PDF page carries more characters than any printed page can. Found while the text is being read, so a huge
 * text is never held in memory whole.
 */
public final class DocumentTextTooLongException extends DocumentLimitException {

    private static final long serialVersionUID = 1L;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final long limit;

    private DocumentTextTooLongException(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    static DocumentTextTooLongException text(long maxChars) {
        return new DocumentTextTooLongException(format("upload.text-too-long", count(maxChars)), maxChars);
    }

    static DocumentTextTooLongException page(long maxCharsPerPage) {
        return new DocumentTextTooLongException(format("upload.page-too-long", count(maxCharsPerPage)), maxCharsPerPage);
    }

    /** The limit that was exceeded, in characters. */
    public long limit() {
        return limit;
    }

    /** "1.000.000": Vietnamese digit grouping. */
    static String count(long n) {
        return String.format(VIETNAMESE, "%,d", n);
    }
}
