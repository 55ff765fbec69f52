package vn.tdc.knowledge.document.upload;

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
        return new DocumentTextTooLongException("Văn bản quá dài: nội dung chữ vượt quá " + count(maxChars)
                + " ký tự mà cổng nhận cho một văn bản. Hãy tách thành nhiều tệp nhỏ hơn.", maxChars);
    }

    static DocumentTextTooLongException page(long maxCharsPerPage) {
        return new DocumentTextTooLongException("Tệp PDF có trang chứa hơn " + count(maxCharsPerPage)
                + " ký tự, nhiều hơn mọi trang in thông thường: cổng không đọc tệp này.", maxCharsPerPage);
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
