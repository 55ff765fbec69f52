package vn.tdc.portal.document.domain;

import vn.tdc.knowledge.document.upload.DocumentType;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file an editor uploaded, as kept: its name as the browser sent it, the type recognised from its bytes, its
 * size and its SHA-256, which is also its name in the store ({@code portal.data.dir/documents/<sha256>}).
 */
public record OriginalFile(String name, DocumentType type, long size, String sha256) {

    /** The longest name the database keeps ({@code legal_document.file_name}). */
    public static final int MAX_NAME_LENGTH = 255;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public OriginalFile {
        name = fit(name == null ? "" : name.strip());
        Objects.requireNonNull(type, "type");
        if (size <= 0) {
            throw new IllegalArgumentException("an original file has at least one byte");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
    }

    /** Whether the text is a lower-case hex SHA-256, i.e. a safe file name in the store. */
    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** The media type the file is served with. */
    public String contentType() {
        return switch (type) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case TEXT -> "text/plain; charset=UTF-8";
            case MARKDOWN -> "text/markdown; charset=UTF-8";
        };
    }

    /** The usual extension of the type, without the dot. */
    public String extension() {
        return switch (type) {
            case PDF -> "pdf";
            case DOCX -> "docx";
            case TEXT -> "txt";
            case MARKDOWN -> "md";
        };
    }

    /** A name longer than the column is shortened before its extension ("…-rat-dai.pdf" keeps ".pdf"). */
    private static String fit(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        return name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }
}
