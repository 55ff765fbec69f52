package vn.tdc.knowledge.document.upload;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tdc.knowledge.search.analysis.Slug;

/**
 * The id of a document, made from its kind, number and issuer in Vietnamese-folded ASCII:
 * ("Kế hoạch", "168-KH/TU", "Tỉnh ủy Tiền Giang") → {@code ke-hoach-168-kh-tu-tinh-uy-tien-giang}.
 *
 * <p>Rules: kind, number and issuer are folded to {@link Slug#words}; an empty number is skipped; a word equal to
 * the word before it is dropped ("/KH-UBND" + "UBND phường Thành Đông" → {@code kh-ubnd-phuong-thanh-dong}); the slug
 * is cut at a word boundary to at most {@link #MAX_LENGTH} characters. The same rule produced the ids of the documents in
 * {@code content/documents}. Uniqueness among stored documents is the caller's concern.
 */
public record DocumentSlug(String value) {

    public static final int MAX_LENGTH = 100;

    public DocumentSlug {
        Objects.requireNonNull(value, "value");
        if (!Slug.isWellFormed(value) || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a document slug: '" + value + "'");
        }
    }

    public static DocumentSlug of(String kind, String number, String issuer) {
        String joined = Stream.of(kind, number, issuer)
                .map(Slug::words)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("-"));
        if (joined.isEmpty()) {
            throw new IllegalArgumentException("kind, number and issuer contain no letter or digit");
        }
        return new DocumentSlug(cut(withoutRepeatedWords(joined)));
    }

    /** "kh-ubnd-ubnd-phuong" → "kh-ubnd-phuong": the number's suffix often repeats the issuer's first word. */
    private static String withoutRepeatedWords(String slug) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String word : slug.split("-")) {
            if (!word.equals(previous)) {
                sb.append(sb.length() == 0 ? "" : "-").append(word);
            }
            previous = word;
        }
        return sb.toString();
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, hyphen > 0 ? hyphen : MAX_LENGTH).replaceAll("-+$", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
