package vn.tdc.knowledge.search.analysis;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name for an address or an id: lower-case ASCII letters and digits in words joined by single hyphens
 * ({@code ke-hoach-168-kh-tu}, {@code can-doi-chung-tai-cho}). {@link #words} makes one from Vietnamese text;
 * the rules of a particular slug (its length, reserved names) belong to its owner ({@code DocumentSlug},
 * {@code ArticleSlug}).
 */
public record Slug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (!isWellFormed(Objects.requireNonNull(value, "value"))) {
            throw new IllegalArgumentException("not a slug: '" + value + "'");
        }
    }

    /** Whether the text is a slug: words of {@code a-z0-9} joined by single hyphens, nothing else. */
    public static boolean isWellFormed(String text) {
        return text != null && VALID.matcher(text).matches();
    }

    /**
     * Folds any text (see {@link VietnameseFolding}) to lower-case ASCII words joined by hyphens: everything that is
     * not a letter or digit separates words ("Tỉnh ủy Tiền Giang" → "tinh-uy-tien-giang"); empty when the text has no
     * letter or digit.
     */
    public static String words(String text) {
        String folded = SEPARATORS.matcher(VietnameseFolding.fold(text == null ? "" : text)).replaceAll("-");
        return folded.replaceAll("^-+|-+$", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
