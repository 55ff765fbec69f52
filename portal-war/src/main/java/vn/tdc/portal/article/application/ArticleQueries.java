package vn.tdc.portal.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.platform.paging.Page;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the public may read: published articles only — listings, one article by slug, feeds and sitemap. Drafts,
 * articles in review (even scheduled) and archived ones are never returned here.
 */
@ApplicationScoped
@Transactional
public class ArticleQueries {

    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleViews views;

    /** Published articles, newest first, of one category and/or tag (null or blank for all). */
    public Page<PublishedArticle> latest(String categoryCode, String tag, int page, int size) {
        return latest(categoryCode, tag, page, size, null);
    }

    /**
     * Published articles of the given units only (a ward's news: the ward, its province and the root), newest first,
     * of one category and/or tag; {@code units} null for every unit.
     */
    public Page<PublishedArticle> latest(String categoryCode, String tag, int page, int size, Collection<Long> units) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int number = Math.max(1, page);
        String category = blankToNull(categoryCode);
        String tagFilter = blankToNull(tag);
        List<PublishedArticle> items = articles.findPublished(category, tagFilter, null, units, (number - 1) * pageSize,
                        pageSize).stream().map(views::published).toList();
        return new Page<>(items, number, pageSize, articles.countPublished(category, tagFilter, null, units));
    }

    public List<PublishedArticle> featured(int limit) {
        return featured(limit, null);
    }

    /** Featured published articles of the given units ({@code null} for every unit), newest first. */
    public List<PublishedArticle> featured(int limit, Collection<Long> units) {
        return articles.findPublished(null, null, true, units, 0, limit).stream().map(views::published).toList();
    }

    /** The unit a published article belongs to (its ward, its province or the root), if it is published. */
    public Optional<Long> unitOfPublished(String slug) {
        return slug == null ? Optional.empty()
                : articles.findBySlug(slug).filter(Article::isPublic).map(Article::unitId);
    }

    public Optional<PublishedArticle> bySlug(String slug) {
        return slug == null ? Optional.empty()
                : articles.findBySlug(slug).filter(Article::isPublic).map(views::published);
    }

    /** Every published article, newest first (sitemap, search index at startup). */
    public List<PublishedArticle> allPublished() {
        return articles.findPublished(null, null, null, null, 0, Integer.MAX_VALUE).stream().map(views::published)
                .toList();
    }

    /** At most {@code limit} published articles of the given units, newest first (a ward's sitemap). */
    public List<PublishedArticle> allPublished(Collection<Long> units, int limit) {
        return articles.findPublished(null, null, null, units, 0, limit).stream().map(views::published).toList();
    }

    public Optional<PublishedArticle> publishedById(long id) {
        return articles.findById(id).filter(Article::isPublic).map(views::published);
    }

    public List<ArticleCategoryView> categories() {
        return categories(null);
    }

    /** Active categories with the number of published articles of the given units ({@code null} for every unit). */
    public List<ArticleCategoryView> categories(Collection<Long> units) {
        return articles.categories().stream().filter(ArticleCategory::active)
                .map(c -> new ArticleCategoryView(c.code(), c.name(), articles.countPublished(c.code(), null, null, units)))
                .toList();
    }

    /** Whether the image is the cover of a published article (then anyone may load it). */
    public boolean isPublicImage(String sha256) {
        return articles.isPublishedCover(sha256);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
