package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * One file as the browser sent it: its bytes, its original name and the content type the browser declared.
 *
 * <p>Only the bytes decide how the file is read (see {@link DocumentTypeDetector}); the name's extension
 * only chooses between plain text and Markdown, and the declared content type is kept for logging. The
 * name is reduced to its last path segment (some browsers send "C:\fakepath\ke-hoach.pdf").
 */
public final class UploadedFile {

    private final byte[] content;
    private final String originalFilename;
    private final String declaredContentType;

    public UploadedFile(byte[] content, String originalFilename, String declaredContentType) {
        this.content = Objects.requireNonNull(content, "content").clone();
        this.originalFilename = baseName(originalFilename);
        this.declaredContentType = declaredContentType == null ? "" : declaredContentType.strip();
    }

    public static UploadedFile of(byte[] content, String originalFilename) {
        return new UploadedFile(content, originalFilename, null);
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    public InputStream openStream() {
        return new ByteArrayInputStream(content);
    }

    public long size() {
        return content.length;
    }

    /** The file name without any directory part; empty when the browser sent none. */
    public String originalFilename() {
        return originalFilename;
    }

    /** The content type the browser declared (untrusted); empty when none. */
    public String declaredContentType() {
        return declaredContentType;
    }

    /** The lower-case extension without the dot ("pdf", "md"); empty when the name has none. */
    public String extension() {
        int dot = originalFilename.lastIndexOf('.');
        return dot < 0 || dot == originalFilename.length() - 1 ? "" : originalFilename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The bytes themselves, for readers in this package that do not modify them. */
    byte[] bytes() {
        return content;
    }

    @Override
    public String toString() {
        return "UploadedFile[" + originalFilename + ", " + content.length + " bytes, " + declaredContentType + "]";
    }

    private static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String stripped = name.strip();
        int slash = Math.max(stripped.lastIndexOf('/'), stripped.lastIndexOf('\\'));
        return stripped.substring(slash + 1);
    }
}
