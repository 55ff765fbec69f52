package vn.tdc.portal.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tdc.portal.media.domain.ImageFormat;

import java.time.Instant;
import java.util.Optional;

/**
 * A news article of the ward culture centre and its publishing workflow:
 * <ul>
 *   <li>{@code draft} → {@code review} (an editor submits it) → {@code published} → {@code archived};
 *   a reviewer can send it back to draft, a published article can be unpublished (back to draft) or archived,
 *   an archived one brought back to draft;</li>
 *   <li>four eyes: an article is published (or scheduled) by someone other than the editor who submitted it,
 *   unless that person is an ADMIN;</li>
 *   <li>a schedule is a time in the future at which an article in review is published;</li>
 *   <li>the slug is unique and frozen once the article has been published: links keep working;</li>
 *   <li>every save of the content is a {@link ArticleRevision}.</li>
 * </ul>
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String slug;

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

    @Column(nullable = false)
    private boolean featured;

    @Column(nullable = false, length = 12)
    private String status;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "seed_key", length = 120)
    private String seedKey;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @Version
    private long version;

    protected Article() {
    }

    /** A new draft; call {@link #firstRevision} once it has an id. */
    public Article(String slug, ArticleContent content, String editor, Instant now) {
        this.slug = slug;
        this.status = ArticleStatus.DRAFT.code();
        this.createdBy = editor;
        this.createdAt = now;
        apply(content, editor, now);
    }

    /** A seed article from {@code content/articles}, published as of its date. */
    public static Article seed(String seedKey, String slug, ArticleContent content, Instant publishedAt, Instant now) {
        Article article = new Article(slug, content, "he-thong", now);
        article.seedKey = seedKey;
        article.status = ArticleStatus.PUBLISHED.code();
        article.publishedAt = publishedAt;
        article.firstPublishedAt = publishedAt;
        article.publishedBy = "he-thong";
        return article;
    }

    public ArticleRevision firstRevision(String note) {
        revisionCount = 1;
        return new ArticleRevision(id, 1, content(), status(), updatedBy, updatedAt, note);
    }

    /** Saves new content (a new revision); an archived article must be brought back to draft first. */
    public ArticleRevision edit(ArticleContent content, String editor, Instant now, String note) {
        if (status() == ArticleStatus.ARCHIVED) {
            throw new ArticleRuleException("article.rule.archived_read_only");
        }
        apply(content, editor, now);
        revisionCount++;
        return new ArticleRevision(id, revisionCount, content(), status(), editor, now, note);
    }

    /** Changes the address; only before the first publication. */
    public void changeSlug(String newSlug) {
        if (!newSlug.equals(slug) && firstPublishedAt != null) {
            throw new ArticleRuleException("article.rule.slug_frozen");
        }
        this.slug = newSlug;
    }

    public void submitForReview(String editor, Instant now) {
        require(ArticleStatus.DRAFT, "article.rule.submit_only_draft");
        status = ArticleStatus.REVIEW.code();
        submittedBy = editor;
        touch(editor, now);
    }

    public void returnToDraft(String reviewer, Instant now) {
        require(ArticleStatus.REVIEW, "article.rule.return_only_review");
        status = ArticleStatus.DRAFT.code();
        scheduledAt = null;
        touch(reviewer, now);
    }

    /** Publishes an article in review now; see the four-eyes rule. */
    public void publish(String publisher, boolean admin, Instant now) {
        require(ArticleStatus.REVIEW, "article.rule.publish_only_review");
        checkFourEyes(publisher, admin);
        publishedBy = publisher;
        goPublic(now);
        touch(publisher, now);
    }

    /** Approves an article in review for publication at a future time. */
    public void schedule(Instant at, String publisher, boolean admin, Instant now) {
        require(ArticleStatus.REVIEW, "article.rule.publish_only_review");
        checkFourEyes(publisher, admin);
        if (at == null || !at.isAfter(now)) {
            throw new ArticleRuleException("article.rule.schedule_in_past");
        }
        scheduledAt = at;
        publishedBy = publisher;
        touch(publisher, now);
    }

    public void cancelSchedule(String editor, Instant now) {
        if (scheduledAt == null) {
            throw new ArticleRuleException("article.rule.not_scheduled");
        }
        scheduledAt = null;
        touch(editor, now);
    }

    /** True when this article was scheduled and its time has come: it is then published. */
    public boolean publishIfDue(Instant now) {
        if (status() != ArticleStatus.REVIEW || scheduledAt == null || scheduledAt.isAfter(now)) {
            return false;
        }
        goPublic(scheduledAt);
        touch(publishedBy == null ? "he-thong" : publishedBy, now);
        return true;
    }

    public void unpublish(String editor, Instant now) {
        require(ArticleStatus.PUBLISHED, "article.rule.not_published");
        status = ArticleStatus.DRAFT.code();
        touch(editor, now);
    }

    public void archive(String editor, Instant now) {
        require(ArticleStatus.PUBLISHED, "article.rule.not_published");
        status = ArticleStatus.ARCHIVED.code();
        touch(editor, now);
    }

    public void bringBackFromArchive(String editor, Instant now) {
        require(ArticleStatus.ARCHIVED, "article.rule.not_archived");
        status = ArticleStatus.DRAFT.code();
        touch(editor, now);
    }

    private void goPublic(Instant at) {
        status = ArticleStatus.PUBLISHED.code();
        publishedAt = at;
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
        scheduledAt = null;
    }

    private void checkFourEyes(String publisher, boolean admin) {
        if (!admin && publisher.equals(submittedBy)) {
            throw new ArticleRuleException("article.rule.four_eyes");
        }
    }

    private void require(ArticleStatus expected, String messageKey) {
        if (status() != expected) {
            throw new ArticleRuleException(messageKey);
        }
    }

    private void apply(ArticleContent content, String editor, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.bodyHtml = content.bodyHtml();
        this.categoryCode = content.categoryCode();
        this.tags = content.tagsText();
        this.author = content.author();
        this.featured = content.featured();
        this.coverSha256 = content.coverSha256();
        this.coverFormat = content.coverFormat();
        this.coverAlt = content.coverAlt();
        touch(editor, now);
    }

    private void touch(String editor, Instant now) {
        this.updatedBy = editor;
        this.updatedAt = now;
    }

    public boolean isPublic() {
        return status() == ArticleStatus.PUBLISHED;
    }

    public ArticleContent content() {
        return new ArticleContent(title, summary, bodyHtml, categoryCode, ArticleContent.parseTags(tags), author, featured,
                coverSha256, coverFormat, coverAlt);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public ArticleStatus status() {
        return ArticleStatus.fromCode(status).orElseThrow();
    }

    public Optional<Instant> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public boolean everPublished() {
        return firstPublishedAt != null;
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int revisionCount() {
        return revisionCount;
    }

    public long version() {
        return version;
    }
}
