package vn.tdc.portal.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tdc.portal.media.domain.ImageFormat;

import java.time.Instant;

/** One save of an article, kept so that any earlier version can be read and restored. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

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

    @Column(nullable = false, length = 12)
    private String status;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false, length = 300)
    private String note;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int number, ArticleContent content, ArticleStatus status, String savedBy,
                    Instant savedAt, String note) {
        this.articleId = articleId;
        this.number = number;
        this.title = content.title();
        this.summary = content.summary();
        this.bodyHtml = content.bodyHtml();
        this.categoryCode = content.categoryCode();
        this.tags = content.tagsText();
        this.coverSha256 = content.coverSha256();
        this.coverFormat = content.coverFormat();
        this.coverAlt = content.coverAlt();
        this.author = content.author();
        this.status = status.code();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note == null ? "" : note;
    }

    /** The content as it was saved (featured is not part of a revision and comes back as false). */
    public ArticleContent content() {
        return new ArticleContent(title, summary, bodyHtml, categoryCode, ArticleContent.parseTags(tags), author, false,
                coverSha256, coverFormat, coverAlt);
    }

    public long articleId() {
        return articleId;
    }

    public int number() {
        return number;
    }

    public String status() {
        return status;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String note() {
        return note;
    }
}
