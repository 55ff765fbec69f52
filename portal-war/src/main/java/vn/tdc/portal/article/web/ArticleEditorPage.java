package vn.tdc.portal.article.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.PrimeFaces;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleEditorService;
import vn.tdc.portal.article.application.ArticleForm;
import vn.tdc.portal.article.application.ArticleHtmlSanitizer;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.ArticleRevisionView;
import vn.tdc.portal.article.application.EditorArticleView;
import vn.tdc.portal.article.domain.ArticleStatus;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.user.domain.UserAccount;
import vn.tdc.portal.user.domain.UserRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Writing one article ({@code /quan-tri/tin-tuc/soan?id=}, a new one without {@code id}; EDITOR and ADMIN): its
 * content with the rich-text editor, the cover image, the workflow buttons its state allows, and its revisions.
 * Everything is checked by {@link ArticleEditorService}, the same rules as the API: each problem is shown next to
 * its input and listed at the top, a workflow rule (four eyes, a schedule in the past…) as one Vietnamese
 * sentence. A workflow button first saves what was changed on the page, so nothing typed is lost.
 */
@Named
@ViewScoped
public class ArticleEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "article";
    /** What the editor's toolbar offers, and so all Quill keeps (also from pasted text): what the sanitizer keeps. */
    static final List<String> EDITOR_FORMATS = List.of("bold", "italic", "underline", "strike", "header", "list",
            "blockquote", "link");

    @Inject
    ArticleEditorService editor;

    @Inject
    ArticleQueries queries;

    @Inject
    UserRepository users;

    @Inject
    ArticleAdminFormat format;

    private String id;
    private boolean notFound;
    private EditorArticleView article;
    private List<ArticleCategoryView> categories;
    private List<String> authorSuggestions;
    /** The cover size limit, the one {@link ArticleEditorService#setCover} applies. */
    private final long coverMaxBytes = ConfigProvider.getConfig()
            .getOptionalValue("portal.articles.cover-max-bytes", Long.class).orElse(5L * 1024 * 1024);

    private String title;
    private String summary;
    private String bodyHtml;
    private String categoryCode;
    private List<String> tags = new ArrayList<>();
    private String author;
    private boolean featured;
    private String slug;
    private String coverAlt;
    private transient Part cover;
    private boolean dirty;
    private LocalDateTime scheduleAt;
    private ArticleRevisionView shownRevision;

    /** Reads the article named by {@code id}, or prepares a new one; an unknown id answers 404 with a notice. */
    public void load() {
        categories = queries.categories();
        String centre = Messages.get("articleEditor.author.centre");
        String own = users.findByUsername(user()).map(UserAccount::fullName).orElse("").strip();
        authorSuggestions = own.isEmpty() || own.equals(centre) ? List.of(centre) : List.of(own, centre);
        if (id == null || id.isBlank()) {
            author = authorSuggestions.get(0);
            return;
        }
        Long articleId = parseId(id);
        if (articleId != null) {
            try {
                article = editor.find(articleId);
                fill();
                return;
            } catch (ProblemException e) {
                if (e.kind() != ProblemKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** "Lưu": the content as a new revision (a new article is created), and the chosen cover image. */
    public void save() {
        if (saveContent()) {
            info(Messages.get("articleEditor.done.saved"));
        }
    }

    public void submitForReview() {
        act(articleId -> editor.submitForReview(articleId, user()), () -> Messages.get("articleEditor.done.submitted"),
                true);
    }

    public void returnToDraft() {
        act(articleId -> editor.returnToDraft(articleId, user()), () -> Messages.get("articleEditor.done.returned"),
                true);
    }

    public void publish() {
        act(articleId -> editor.publish(articleId, user(), isAdmin()),
                () -> Messages.get("articleEditor.done.published"), true);
    }

    public void schedule() {
        if (scheduleAt == null) {
            fieldError("at", Messages.get("articleEditor.schedule.required"));
            return;
        }
        Instant at = scheduleAt.atZone(ArticleAdminFormat.ZONE).toInstant();
        act(articleId -> editor.schedule(articleId, at, user(), isAdmin()),
                () -> Messages.format("articleEditor.done.scheduled", format.when(article.scheduledAt())), true);
        if (isScheduled()) {
            scheduleAt = null;
        }
    }

    public void cancelSchedule() {
        act(articleId -> editor.cancelSchedule(articleId, user()),
                () -> Messages.get("articleEditor.done.scheduleCancelled"), true);
    }

    public void unpublish() {
        act(articleId -> editor.unpublish(articleId, user()), () -> Messages.get("articleEditor.done.unpublished"),
                true);
    }

    public void archive() {
        act(articleId -> editor.archive(articleId, user()), () -> Messages.get("articleEditor.done.archived"), true);
    }

    public void bringBackFromArchive() {
        act(articleId -> editor.bringBackFromArchive(articleId, user()),
                () -> Messages.get("articleEditor.done.unarchived"), false);
    }

    public void removeCover() {
        act(articleId -> editor.removeCover(articleId, user()), () -> Messages.get("articleEditor.done.coverRemoved"),
                true);
    }

    /** Opens a saved revision to read (the dialog shows it). */
    public void showRevision(int number) {
        try {
            shownRevision = editor.revision(article.id(), number);
        } catch (ProblemException e) {
            shownRevision = null;
            show(e);
        }
    }

    /** Saves the content of an earlier revision again, as the newest revision; what is on the page is replaced. */
    public void restoreRevision(int number) {
        act(articleId -> editor.restoreRevision(articleId, number, user()),
                () -> Messages.format("articleEditor.done.restored", number), false);
    }

    /**
     * Runs one workflow step on the saved article; first saves the page when something on it changed (a new
     * article is always saved first).
     */
    private void act(LongFunction<EditorArticleView> step, Supplier<String> done, boolean saveFirst) {
        if (article == null || (saveFirst && isEditable() && hasChanges())) {
            if (!saveContent()) {
                return;
            }
        }
        try {
            step.apply(article.id());
            reload();
            info(done.get());
        } catch (ProblemException e) {
            reload();
            show(e);
        }
    }

    /** Saves the page: the content (creating the article when new), then the cover if one was chosen. */
    private boolean saveContent() {
        byte[] coverBytes;
        try {
            coverBytes = coverBytes();
        } catch (IOException e) {
            fieldError("cover", Messages.get("articleEditor.cover.unreadable"));
            return false;
        } finally {
            cover = null;
        }
        ArticleForm form = new ArticleForm(title, summary, QuillHtml.semantic(bodyHtml), categoryCode, tags, author,
                featured, slug, coverAlt);
        boolean created = article == null;
        try {
            article = created ? editor.create(form, user()) : editor.update(article.id(), form, article.version(), user());
        } catch (ProblemException e) {
            show(e);
            chooseCoverAgain(coverBytes);
            return false;
        }
        if (created) {
            id = String.valueOf(article.id());
            PrimeFaces.current().executeScript("history.replaceState(null, '', '?id=" + article.id() + "')");
        }
        if (coverBytes != null) {
            try {
                editor.setCover(article.id(), coverBytes, coverAlt, user());
            } catch (ProblemException e) {
                reload();
                globalError(Messages.get("articleEditor.cover.savedWithout"));
                show(e);
                return false;
            }
        }
        reload();
        return true;
    }

    /** A browser never refills a file input: a cover sent with a save that failed must be chosen again. */
    private void chooseCoverAgain(byte[] coverBytes) {
        if (coverBytes != null) {
            fieldError("cover", Messages.get("articleEditor.cover.chooseAgain"));
        }
    }

    /** The chosen cover file; null when none was chosen (an empty file input still sends a nameless part). */
    private byte[] coverBytes() throws IOException {
        if (cover == null || (cover.getSize() == 0 && (cover.getSubmittedFileName() == null
                || cover.getSubmittedFileName().isBlank()))) {
            return null;
        }
        try (InputStream in = cover.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Whether the page holds something not saved yet: the browser says so, or a field differs from the article. */
    boolean hasChanges() {
        if (dirty || cover != null && cover.getSize() > 0) {
            return true;
        }
        return article != null && (!same(title, article.title()) || !same(summary, article.summary())
                || !same(categoryCode, article.categoryCode()) || !same(author, article.author())
                || featured != article.featured() || !normalized(tags).equals(article.tags())
                || !article.slugFrozen() && !same(slug, article.slug())
                || !article.coverUrl().isEmpty() && !same(coverAlt, article.coverAlt())
                || !ArticleHtmlSanitizer.sanitize(QuillHtml.semantic(bodyHtml)).equals(article.bodyHtml()));
    }

    /** Tags as the service stores them: trimmed, lower case, no blanks, each once. */
    static List<String> normalized(List<String> tags) {
        return tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static boolean same(String typed, String saved) {
        return Objects.equals(typed == null ? "" : typed.strip(), saved == null ? "" : saved);
    }

    private void reload() {
        if (article != null) {
            article = editor.find(article.id());
            fill();
        }
    }

    /** Puts the saved article into the inputs. */
    private void fill() {
        title = article.title();
        summary = article.summary();
        bodyHtml = article.bodyHtml();
        categoryCode = article.categoryCode();
        tags = new ArrayList<>(article.tags());
        author = article.author();
        featured = article.featured();
        slug = article.slug();
        coverAlt = article.coverAlt();
        cover = null;
        dirty = false;
    }


    /** Field problems next to their inputs and, with the input's label, in the list at the top. */
    private void show(ProblemException e) {
        globalError(e.getMessage());
        for (FieldProblem detail : e.fields()) {
            fieldError(detail.field(), detail.message());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void fieldError(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = ProblemMessages.inputFor(FORM, field).orElse(null);
        if (clientId == null) {
            globalError(text);
            return;
        }
        String message = "categoryCode".equals(field) && (categoryCode == null || categoryCode.isBlank())
                ? Messages.get("articleEditor.category.missing") : text;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        globalError(Messages.get("articleEditor.field." + field) + ": " + message);
        faces.validationFailed();
    }

    private static void globalError(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static boolean isAdmin() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("ADMIN");
    }

    /** The id as a positive number, or null when it is missing or not one. */
    static Long parseId(String id) {
        if (id == null || id.isBlank() || id.strip().length() > 18 || !id.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        long value = Long.parseLong(id.strip());
        return value > 0 ? value : null;
    }

    public boolean isNew() {
        return article == null;
    }

    private boolean inState(ArticleStatus status) {
        return article != null && status.code().equals(article.statusCode());
    }

    public boolean isDraft() {
        return inState(ArticleStatus.DRAFT);
    }

    public boolean isInReview() {
        return inState(ArticleStatus.REVIEW);
    }

    public boolean isPublished() {
        return inState(ArticleStatus.PUBLISHED);
    }

    public boolean isArchived() {
        return inState(ArticleStatus.ARCHIVED);
    }

    /** An archived article is read-only until it is brought back to draft. */
    public boolean isEditable() {
        return !isArchived();
    }

    public boolean isScheduled() {
        return article != null && article.scheduledAt() != null;
    }

    /** The current user sent this article for review and is no ADMIN: someone else must publish it. */
    public boolean isOwnSubmission() {
        return isInReview() && user().equals(article.submittedBy()) && !isAdmin();
    }

    public List<String> getEditorFormats() {
        return EDITOR_FORMATS;
    }

    public long getCoverMaxBytes() {
        return coverMaxBytes;
    }

    /** What the cover input takes, with the size limit in force. */
    public String getCoverHint() {
        return Messages.format("articleEditor.cover.hintMax", coverMaxBytes / (1024 * 1024));
    }

    /** The browser's message for a file over the limit; {@code {0}} is left for the file's name. */
    public String getCoverTooLarge() {
        return Messages.format("articleEditor.cover.tooLargeMax", "{0}", coverMaxBytes / (1024 * 1024));
    }

    /** Suggestions for the author: the user's own name and the culture centre. */
    public List<String> getAuthorSuggestions() {
        return authorSuggestions;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public EditorArticleView getArticle() {
        return article;
    }

    public List<ArticleCategoryView> getCategories() {
        return categories;
    }

    public ArticleRevisionView getShownRevision() {
        return shownRevision;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public boolean isDirty() {
        return dirty;
    }

    public void setDirty(boolean dirty) {
        this.dirty = dirty;
    }

    public LocalDateTime getScheduleAt() {
        return scheduleAt;
    }

    public void setScheduleAt(LocalDateTime scheduleAt) {
        this.scheduleAt = scheduleAt;
    }
}
