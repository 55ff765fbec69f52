package vn.tdc.portal.media.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An uploaded image that passed {@link ImageSanitizer}: a JPEG, PNG or WebP whose metadata has been stripped.
 *
 * <p>{@code sha256} is the lowercase hexadecimal SHA-256 of exactly these (cleaned) bytes, so it names the content
 * that is stored and served; the constructor checks that it matches. {@code width} and {@code height} are the pixel
 * size read from the image's headers, each between 1 and {@link #MAX_DIMENSION}.
 *
 * <p>The byte array is copied on the way in and on the way out, so an instance cannot change after it was checked.
 */
public record CleanImage(ImageFormat format, byte[] bytes, String sha256, int width, int height) {

    /** The largest width or height accepted, in pixels. */
    public static final int MAX_DIMENSION = 20_000;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public CleanImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an image has bytes");
        }
        if (width < 1 || width > MAX_DIMENSION || height < 1 || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("image size out of range: " + width + "x" + height);
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase hexadecimal SHA-256: " + sha256);
        }
        bytes = bytes.clone();
        if (!sha256.equals(sha256Of(bytes))) {
            throw new IllegalArgumentException("the SHA-256 does not match the bytes");
        }
    }

    /** Whether a text is a lowercase hexadecimal SHA-256, the only form image names take. */
    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** The lowercase hexadecimal SHA-256 of some bytes. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A copy of the cleaned bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of cleaned bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CleanImage that
                && format == that.format
                && width == that.width
                && height == that.height
                && sha256.equals(that.sha256)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, sha256, width, height);
    }

    @Override
    public String toString() {
        return "CleanImage[" + format + ", " + width + "x" + height + ", " + bytes.length + " bytes, sha256="
                + sha256 + "]";
    }
}
