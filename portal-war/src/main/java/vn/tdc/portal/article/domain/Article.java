package vn.tdc.portal.article.domain;

import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tdc.portal.platform.persistence.AuditedEntity;

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
@AdditionalCriteria(UnitScope.CRITERION)
public class Article extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The ward (or province, or the root) the row belongs to; see {@link UnitScope}. */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, length = 120)
    private String slug;

    @Embedded
    private StoredArticleContent content;

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

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @Version
    private long version;

    protected Article() {
    }

    /** A new draft; call {@link #firstRevision} once it has an id. */
    public Article(long unitId, String slug, ArticleContent content, String editor, Instant now) {
        this.unitId = unitId;
        this.slug = slug;
        this.status = ArticleStatus.DRAFT.code();
        recordCreation(editor, now);
        apply(content, editor, now);
    }

    /** A seed article from {@code content/articles}, published as of its date. */
    public static Article seed(long unitId, String seedKey, String slug, ArticleContent content, Instant publishedAt, Instant now) {
        Article article = new Article(unitId, slug, content, "he-thong", now);
        article.seedKey = seedKey;
        article.status = ArticleStatus.PUBLISHED.code();
        article.publishedAt = publishedAt;
        article.firstPublishedAt = publishedAt;
        article.publishedBy = "he-thong";
        return article;
    }

    public ArticleRevision firstRevision(String note) {
        revisionCount = 1;
        return new ArticleRevision(id, 1, content(), status(), updatedBy(), updatedAt(), note);
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
        recordChange(editor, now);
    }

    public void returnToDraft(String reviewer, Instant now) {
        require(ArticleStatus.REVIEW, "article.rule.return_only_review");
        status = ArticleStatus.DRAFT.code();
        scheduledAt = null;
        recordChange(reviewer, now);
    }

    /** Publishes an article in review now; see the four-eyes rule. */
    public void publish(String publisher, boolean admin, Instant now) {
        require(ArticleStatus.REVIEW, "article.rule.publish_only_review");
        checkFourEyes(publisher, admin);
        publishedBy = publisher;
        goPublic(now);
        recordChange(publisher, now);
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
        recordChange(publisher, now);
    }

    public void cancelSchedule(String editor, Instant now) {
        if (scheduledAt == null) {
            throw new ArticleRuleException("article.rule.not_scheduled");
        }
        scheduledAt = null;
        recordChange(editor, now);
    }

    /** True when this article was scheduled and its time has come: it is then published. */
    public boolean publishIfDue(Instant now) {
        if (status() != ArticleStatus.REVIEW || scheduledAt == null || scheduledAt.isAfter(now)) {
            return false;
        }
        goPublic(scheduledAt);
        recordChange(publishedBy == null ? "he-thong" : publishedBy, now);
        return true;
    }

    public void unpublish(String editor, Instant now) {
        require(ArticleStatus.PUBLISHED, "article.rule.not_published");
        status = ArticleStatus.DRAFT.code();
        recordChange(editor, now);
    }

    public void archive(String editor, Instant now) {
        require(ArticleStatus.PUBLISHED, "article.rule.not_published");
        status = ArticleStatus.ARCHIVED.code();
        recordChange(editor, now);
    }

    public void bringBackFromArchive(String editor, Instant now) {
        require(ArticleStatus.ARCHIVED, "article.rule.not_archived");
        status = ArticleStatus.DRAFT.code();
        recordChange(editor, now);
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
        this.content = new StoredArticleContent(content);
        this.featured = content.featured();
        recordChange(editor, now);
    }

    public boolean isPublic() {
        return status() == ArticleStatus.PUBLISHED;
    }

    public ArticleContent content() {
        return content.content(featured);
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


    public int revisionCount() {
        return revisionCount;
    }

    public long version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }
}
