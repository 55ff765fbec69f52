package vn.tdc.knowledge.document.upload;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects text up to a number of characters: writing past it fails at once (and {@link #exceeded()} tells so even
 * if a library caught the failure), so a document's text is never held beyond the limit.
 */
final class BoundedTextWriter extends Writer {

    /** Thrown by a write past the limit. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("text limit reached");
        }
    }

    private final long maxChars;
    private final StringBuilder text = new StringBuilder();
    private boolean exceeded;

    BoundedTextWriter(long maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (exceeded || text.length() + (long) length > maxChars) {
            exceeded = true;
            throw new LimitReached();
        }
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (exceeded || text.length() + (long) length > maxChars) {
            exceeded = true;
            throw new LimitReached();
        }
        text.append(s, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
