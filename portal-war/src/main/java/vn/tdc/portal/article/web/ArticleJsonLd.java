package vn.tdc.portal.article.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.tdc.portal.article.application.PublishedArticle;

/**
 * The schema.org {@code NewsArticle} of an article page, for search engines ({@code <script type="application/ld+json">}).
 *
 * <p>Built with JSON-P, so quotes and backslashes in a title are escaped as JSON; then {@code <}, {@code >} and
 * {@code &} (which JSON allows raw inside strings) are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, so
 * no text can close the script element ({@code </script>}) or open a comment: the result can be put into the page
 * unescaped and still parses as the same JSON.
 */
public final class ArticleJsonLd {

    private ArticleJsonLd() {
    }

    /**
     * @param pageUrl  the article's absolute address
     * @param imageUrl the cover's absolute address, empty without a cover
     * @param ward     the ward or commune that publishes the portal (the publisher)
     * @param homeUrl  the portal's absolute home address
     */
    public static String of(PublishedArticle article, String pageUrl, String imageUrl, String ward, String homeUrl) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.title())
                .add("description", article.summary())
                .add("datePublished", ArticleFormat.rfc3339(article.publishedAt()))
                .add("dateModified", ArticleFormat.rfc3339(article.updatedAt()))
                .add("inLanguage", "vi")
                .add("url", pageUrl)
                .add("mainEntityOfPage", Json.createObjectBuilder().add("@type", "WebPage").add("@id", pageUrl))
                .add("articleSection", article.categoryName())
                .add("author", Json.createObjectBuilder().add("@type", "Organization")
                        .add("name", article.author().isBlank() ? ward : article.author()))
                .add("publisher", Json.createObjectBuilder().add("@type", "GovernmentOrganization")
                        .add("name", ward).add("url", homeUrl));
        if (!article.tags().isEmpty()) {
            data.add("keywords", String.join(", ", article.tags()));
        }
        if (!imageUrl.isEmpty()) {
            JsonArrayBuilder images = Json.createArrayBuilder().add(imageUrl);
            data.add("image", images);
        }
        return scriptSafe(data.build().toString());
    }

    /** JSON that may stand inside an HTML script element: the characters HTML reacts to as Unicode escapes. */
    static String scriptSafe(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
