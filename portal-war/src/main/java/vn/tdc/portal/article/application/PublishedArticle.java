package vn.tdc.portal.article.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An article as the public sees it, once published: what the news pages, the feeds, the sitemap and the search
 * index read. {@code bodyHtml} has passed the allow-list sanitizer; {@code url} is {@code /tin-tuc/{slug}};
 * {@code coverUrl} is empty without a cover image; {@code unitId} is the ward or province it belongs to.
 */
public record PublishedArticle(long id, String slug, String title, String summary, String bodyHtml,
                               String categoryCode, String categoryName, List<String> tags, String author,
                               boolean featured, Instant publishedAt, Instant updatedAt, String coverUrl,
                               String coverAlt, long unitId) implements Serializable {

    public static final String PATH = "/tin-tuc/";

    /** An article whose unit is not known here ({@code unitId} 0): indexed as the portal's own ward's. */
    public PublishedArticle(long id, String slug, String title, String summary, String bodyHtml, String categoryCode,
                            String categoryName, List<String> tags, String author, boolean featured, Instant publishedAt,
                            Instant updatedAt, String coverUrl, String coverAlt) {
        this(id, slug, title, summary, bodyHtml, categoryCode, categoryName, tags, author, featured, publishedAt, updatedAt,
                coverUrl, coverAlt, 0);
    }

    public PublishedArticle {
        tags = List.copyOf(tags);
        coverUrl = coverUrl == null ? "" : coverUrl;
        coverAlt = coverAlt == null ? "" : coverAlt;
    }

    public String url() {
        return PATH + slug;
    }
}
