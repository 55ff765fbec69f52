package vn.tdc.portal.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.tdc.portal.media.domain.ImageFormat;

/**
 * The columns an {@link ArticleContent} is saved in, the same in {@code article} and {@code article_revision}:
 * everything but {@code featured}, which belongs to the article and not to a revision. Tags are stored as
 * {@code "a, b, c"}.
 */
@Embeddable
public class StoredArticleContent {

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(nullable = false, length = 500)
    private String tags;

    @Column(name = "cover_sha256", length = 64)
    private String coverSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "cover_format", length = 8)
    private ImageFormat coverFormat;

    @Column(name = "cover_alt", nullable = false, length = 300)
    private String coverAlt;

    @Column(nullable = false, length = 200)
    private String author;

    protected StoredArticleContent() {
    }

    StoredArticleContent(ArticleContent content) {
        this.title = content.title();
        this.summary = content.summary();
        this.bodyHtml = content.bodyHtml();
        this.categoryCode = content.categoryCode();
        this.tags = content.tagsText();
        this.coverSha256 = content.coverSha256();
        this.coverFormat = content.coverFormat();
        this.coverAlt = content.coverAlt();
        this.author = content.author();
    }

    /** The content as saved, with {@code featured} from the owner. */
    ArticleContent content(boolean featured) {
        return new ArticleContent(title, summary, bodyHtml, categoryCode, ArticleContent.parseTags(tags), author, featured,
                coverSha256, coverFormat, coverAlt);
    }
}
