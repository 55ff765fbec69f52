package vn.tdc.portal.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleContent;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.article.domain.ArticleRevision;
import vn.tdc.portal.media.domain.ImageFormat;

/** Turns article entities into the records pages and APIs get. */
@ApplicationScoped
public class ArticleViews {

    /** Where cover and body images are served: {@code /tin-tuc/anh/{sha256}.{ext}}. */
    public static final String IMAGE_PATH = "/tin-tuc/anh/";

    @Inject
    ArticleRepository articles;

    public static String imageUrl(String sha256, ImageFormat format) {
        return sha256 == null || format == null ? "" : IMAGE_PATH + sha256 + "." + format.extension();
    }

    /** The article as the public sees it (also for an editor's preview of an unpublished one). */
    public PublishedArticle published(Article article) {
        ArticleContent c = article.content();
        return new PublishedArticle(article.id(), article.slug(), c.title(), c.summary(), c.bodyHtml(),
                c.categoryCode(), categoryName(c.categoryCode()), c.tags(), c.author(), c.featured(),
                article.publishedAt().orElse(article.updatedAt()), article.updatedAt(),
                imageUrl(c.coverSha256(), c.coverFormat()), c.coverAlt(), article.unitId());
    }

    public EditorArticleView editorView(Article article) {
        ArticleContent c = article.content();
        return new EditorArticleView(article.id(), article.slug(), article.everPublished(), c.title(), c.summary(),
                c.bodyHtml(), c.categoryCode(), categoryName(c.categoryCode()), c.tags(), c.author(), c.featured(),
                imageUrl(c.coverSha256(), c.coverFormat()), c.coverAlt(), article.status().code(),
                article.scheduledAt().orElse(null), article.publishedAt().orElse(null),
                article.submittedBy().orElse(null), article.publishedBy().orElse(null), article.createdBy(),
                article.createdAt(), article.updatedBy(), article.updatedAt(), article.version(),
                articles.revisions(article.id()).stream().map(r -> new EditorArticleView.RevisionSummary(r.number(),
                        r.savedBy(), r.savedAt(), r.status(), r.note(), r.content().title())).toList());
    }

    public ArticleRevisionView revisionView(ArticleRevision revision) {
        ArticleContent c = revision.content();
        return new ArticleRevisionView(revision.articleId(), revision.number(), c.title(), c.summary(), c.bodyHtml(),
                c.categoryCode(), c.tags(), c.author(), imageUrl(c.coverSha256(), c.coverFormat()), revision.status(),
                revision.savedBy(), revision.savedAt(), revision.note());
    }

    private String categoryName(String code) {
        return articles.findCategory(code).map(ArticleCategory::name).orElse(code);
    }
}
