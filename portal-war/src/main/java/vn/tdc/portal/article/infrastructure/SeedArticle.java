package vn.tdc.portal.article.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * One article file of {@code content/articles/} as read by {@link SeedArticleFiles}: the front matter's fields
 * (already validated) and the HTML body as written, restricted to the tags of {@link SeedArticleFiles#ALLOWED_TAGS}.
 * {@code fileName} is where it came from, for messages.
 */
public record SeedArticle(String slug, String title, String summary, String categoryCode, List<String> tags,
                          String author, boolean featured, Instant publishedAt, String bodyHtml, String fileName,
                          String unitSlug) {

    public SeedArticle {
        tags = List.copyOf(tags);
    }
}
