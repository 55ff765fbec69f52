package vn.tdc.portal.article.application;

import vn.tdc.portal.unit.application.CallerScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleContent;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.article.domain.ArticleRevision;
import vn.tdc.portal.article.domain.ArticleSlug;
import vn.tdc.portal.article.domain.ArticleStatus;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.media.domain.ImageRejectedException;
import vn.tdc.portal.media.domain.ImageSanitizer;
import vn.tdc.portal.media.infrastructure.ImageStore;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.web.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What editors (roles EDITOR, ADMIN) do with articles: write and save (each save a revision), submit for review,
 * publish now or at a time (someone other than the submitter, or an ADMIN), unpublish, archive, restore a revision,
 * set the cover image. Markup in plain-text fields and script, frames or event handlers in the body are refused
 * with a field message — nothing is stored then; the rest of the body passes the allow-list sanitizer.
 */
@ApplicationScoped
@Transactional
public class ArticleEditorService {

    static final int MAX_BODY = 200_000;
    private static final Pattern DANGEROUS_BODY = Pattern.compile(
            "<\\s*(script|iframe|frame|object|embed|style|link|meta|form|input|svg|math|base)\\b"
                    + "|\\son[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html", Pattern.CASE_INSENSITIVE);

    @Inject
    ArticleRepository articles;

    @Inject
    CallerScopes scopes;

    @Inject
    ProblemValidator validator;

    @Inject
    ImageStore images;

    @Inject
    ArticleViews views;

    @Inject
    Event<ArticleIndexChanged> indexChanges;

    @Inject
    @ConfigProperty(name = "portal.articles.cover-max-bytes", defaultValue = "5242880")
    long coverMaxBytes;

    public Page<EditorArticleRow> list(String status, int page, int size) {
        ArticleStatus filter = status == null || status.isBlank() ? null : ArticleStatus.fromCode(status).orElse(null);
        int pageSize = Math.max(1, Math.min(100, size));
        int number = Math.max(1, page);
        Map<String, String> categories = categoryNames();
        List<EditorArticleRow> rows = articles.findForEditors(filter, (number - 1) * pageSize, pageSize).stream()
                .map(a -> new EditorArticleRow(a.id(), a.slug(), a.content().title(),
                        categories.getOrDefault(a.content().categoryCode(), a.content().categoryCode()),
                        a.status().code(), a.scheduledAt().orElse(null), a.publishedAt().orElse(null), a.updatedBy(),
                        a.updatedAt(), a.revisionCount()))
                .toList();
        return new Page<>(rows, number, pageSize, articles.countForEditors(filter));
    }

    public EditorArticleView find(long id) {
        return views.editorView(article(id));
    }

    /** The article as the public would see it, whatever its state: the editors' preview. */
    public PublishedArticle preview(long id) {
        return views.published(article(id));
    }

    /** A new draft; returns it as saved. */
    public EditorArticleView create(ArticleForm form, String editor) {
        ArticleContent content = validate(form, null, null);
        String slug = slugFor(form.slug(), content.title(), null);
        Article article = new Article(scopes.currentUnit().id(), slug, content, editor, Instant.now());
        articles.add(article);
        articles.addRevision(article.firstRevision(""));
        return views.editorView(article);
    }

    /** Saves new content as a new revision; {@code expectedVersion} guards against overwriting a colleague's save. */
    public EditorArticleView update(long id, ArticleForm form, Long expectedVersion, String editor) {
        Article article = article(id);
        if (expectedVersion != null && expectedVersion != article.version()) {
            throw ProblemException.of(ProblemKind.CONFLICT, "article.error.stale");
        }
        ArticleContent current = article.content();
        ArticleContent content = validate(form, current.coverSha256(), current);
        if (!article.everPublished() && form.slug() != null && !form.slug().isBlank()) {
            article.changeSlug(slugFor(form.slug(), content.title(), id));
        }
        articles.addRevision(article.edit(content, editor, Instant.now(), ""));
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public EditorArticleView submitForReview(long id, String editor) {
        Article article = article(id);
        article.submitForReview(editor, Instant.now());
        return views.editorView(article);
    }

    public EditorArticleView returnToDraft(long id, String editor) {
        Article article = article(id);
        article.returnToDraft(editor, Instant.now());
        return views.editorView(article);
    }

    public EditorArticleView publish(long id, String editor, boolean admin) {
        Article article = article(id);
        article.publish(editor, admin, Instant.now());
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public EditorArticleView schedule(long id, Instant at, String editor, boolean admin) {
        Article article = article(id);
        article.schedule(at, editor, admin, Instant.now());
        return views.editorView(article);
    }

    public EditorArticleView cancelSchedule(long id, String editor) {
        Article article = article(id);
        article.cancelSchedule(editor, Instant.now());
        return views.editorView(article);
    }

    public EditorArticleView unpublish(long id, String editor) {
        Article article = article(id);
        article.unpublish(editor, Instant.now());
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public EditorArticleView archive(long id, String editor) {
        Article article = article(id);
        article.archive(editor, Instant.now());
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public EditorArticleView bringBackFromArchive(long id, String editor) {
        Article article = article(id);
        article.bringBackFromArchive(editor, Instant.now());
        return views.editorView(article);
    }

    /** Saves the content of revision {@code number} again, as a new revision. */
    public EditorArticleView restoreRevision(long id, int number, String editor) {
        Article article = article(id);
        ArticleRevision revision = articles.revision(id, number).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "article.error.revision_not_found", number));
        ArticleContent old = revision.content();
        ArticleContent restored = new ArticleContent(old.title(), old.summary(), old.bodyHtml(), old.categoryCode(),
                old.tags(), old.author(), article.content().featured(), old.coverSha256(), old.coverFormat(),
                old.coverAlt());
        articles.addRevision(article.edit(restored, editor, Instant.now(),
                Messages.format("article.revision.restored_note", number)));
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public ArticleRevisionView revision(long id, int number) {
        article(id);
        return articles.revision(id, number).map(views::revisionView).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "article.error.revision_not_found", number));
    }

    /**
     * Sets the cover image: the same checks as report photos (type from the bytes, size limit, location metadata
     * removed), stored by content hash; a new revision.
     */
    public EditorArticleView setCover(long id, byte[] bytes, String alt, String editor) {
        Article article = article(id);
        CleanImage image;
        try {
            image = new ImageSanitizer(coverMaxBytes).clean(bytes);
        } catch (ImageRejectedException e) {
            throw new ProblemException(e.reason() == ImageRejectedException.Reason.TOO_LARGE ? ProblemKind.TOO_LARGE
                    : ProblemKind.INVALID, "article.validation.failed", List.of(),
                    List.of(FieldProblem.of("cover", "report.photo." + e.reason().name().toLowerCase(),
                            coverMaxBytes / (1024 * 1024))));
        }
        String altText = stripped(alt);
        images.store(image);
        ArticleContent c = article.content();
        articles.addRevision(article.edit(new ArticleContent(c.title(), c.summary(), c.bodyHtml(), c.categoryCode(),
                c.tags(), c.author(), c.featured(), image.sha256(), image.format(), altText.isEmpty() ? c.title()
                : altText), editor, Instant.now(), Messages.get("article.revision.cover_note")));
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    public EditorArticleView removeCover(long id, String editor) {
        Article article = article(id);
        ArticleContent c = article.content();
        articles.addRevision(article.edit(new ArticleContent(c.title(), c.summary(), c.bodyHtml(), c.categoryCode(),
                c.tags(), c.author(), c.featured(), null, null, ""), editor, Instant.now(),
                Messages.get("article.revision.cover_removed_note")));
        indexChanges.fire(new ArticleIndexChanged(id));
        return views.editorView(article);
    }

    private Article article(long id) {
        return articles.findById(id).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "article.error.not_found", id));
    }

    private ArticleContent validate(ArticleForm form, String coverSha, ArticleContent current) {
        List<FieldProblem> problems = new ArrayList<>(validator.problems(form));
        String title = stripped(form.title());
        String summary = stripped(form.summary());
        String author = stripped(form.author());
        String coverAlt = stripped(form.coverAlt());
        List<String> tags = new ArrayList<>();
        for (String tag : form.tags()) {
            String clean = stripped(tag);
            if (!clean.isEmpty() && !tags.contains(clean.toLowerCase())) {
                tags.add(clean.toLowerCase());
            }
        }
        if (tags.size() > 10) {
            problems.add(FieldProblem.of("tags", "article.validation.too_many_tags"));
        }
        String body = form.bodyHtml() == null ? "" : form.bodyHtml();
        String sanitized = "";
        if (body.length() > MAX_BODY) {
            problems.add(FieldProblem.of("bodyHtml", "article.validation.too_long", MAX_BODY));
        } else if (DANGEROUS_BODY.matcher(body).find()) {
            problems.add(FieldProblem.of("bodyHtml", "article.validation.unsafe_body"));
        } else {
            sanitized = ArticleHtmlSanitizer.sanitize(body);
            if (ArticleHtmlSanitizer.text(sanitized).isEmpty()) {
                problems.add(FieldProblem.of("bodyHtml", "article.validation.required"));
            }
        }
        ArticleCategory category = articles.findCategory(form.categoryCode()).filter(ArticleCategory::active).orElse(null);
        if (category == null) {
            problems.add(FieldProblem.of("categoryCode", "article.validation.unknown_category"));
        }
        if (form.slug() != null && !form.slug().isBlank() && !ArticleSlug.isValid(form.slug().strip())) {
            problems.add(FieldProblem.of("slug", "article.validation.slug_format"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("article.validation.failed",
                    ProblemValidator.inDeclaredOrder(ArticleForm.class, problems));
        }
        return new ArticleContent(title, summary, sanitized, category.code(), tags, author, form.featured(), coverSha,
                current == null ? null : current.coverFormat(), coverSha == null ? "" : coverAlt.isEmpty()
                ? (current == null ? "" : current.coverAlt()) : coverAlt);
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }

    /** The slug asked for (409 when taken) or one derived from the title (numbered until free). */
    private String slugFor(String requested, String title, Long articleId) {
        if (requested != null && !requested.isBlank()) {
            String slug = requested.strip();
            if (articles.slugTaken(slug, articleId)) {
                throw new ProblemException(ProblemKind.CONFLICT, "article.validation.failed", List.of(),
                        List.of(FieldProblem.of("slug", "article.validation.slug_taken", slug)));
            }
            return slug;
        }
        String base = ArticleSlug.fromTitle(title);
        String slug = base;
        for (int n = 2; articles.slugTaken(slug, articleId) || ArticleSlug.isReserved(slug); n++) {
            slug = ArticleSlug.numbered(base, n);
        }
        return slug;
    }

    private Map<String, String> categoryNames() {
        return articles.categories().stream().collect(Collectors.toMap(ArticleCategory::code, ArticleCategory::name));
    }

}
