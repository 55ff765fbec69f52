package vn.tdc.portal.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    @Embedded
    private StoredArticleContent content;

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
        this.content = new StoredArticleContent(content);
        this.status = status.code();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note == null ? "" : note;
    }

    /** The content as it was saved (featured is not part of a revision and comes back as false). */
    public ArticleContent content() {
        return content.content(false);
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
