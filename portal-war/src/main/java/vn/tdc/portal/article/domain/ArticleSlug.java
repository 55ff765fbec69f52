package vn.tdc.portal.article.domain;

import vn.tdc.knowledge.search.analysis.Slug;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;

import java.util.Locale;
import java.util.Set;

/**
 * The address of an article, {@code /tin-tuc/{slug}}: its title as {@link Slug#words} (without diacritics, đ → d,
 * lower case, words joined by hyphens) — "Cân đối chứng tại chợ Đông Cứu" → {@code can-doi-chung-tai-cho-dong-cuu}.
 * At most {@value #MAX_LENGTH} characters, cut at a word boundary.
 */
public final class ArticleSlug {

    public static final int MAX_LENGTH = 120;
    private static final Set<String> RESERVED = Set.of("anh", "bai-viet");

    private ArticleSlug() {
    }

    public static String fromTitle(String title) {
        String slug = Slug.words(VietnameseFolding.nfc(title).toLowerCase(Locale.ROOT));
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = cut > 20 ? slug.substring(0, cut) : slug;
        }
        return slug.isEmpty() || isReserved(slug) ? "tin-" + (slug.isEmpty() ? "moi" : slug) : slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && Slug.isWellFormed(slug) && !isReserved(slug);
    }

    /** Paths under {@code /tin-tuc/} that are not articles: images and the article page itself. */
    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }

    /** The {@code n}-th alternative when a slug is taken: {@code slug-2}, {@code slug-3}… */
    public static String numbered(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
        return base.replaceAll("-+$", "") + suffix;
    }
}
