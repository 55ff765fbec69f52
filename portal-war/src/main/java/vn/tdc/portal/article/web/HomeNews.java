package vn.tdc.portal.article.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The news on the home page: the newest warnings ({@link ArticleCategory#WARNINGS}) in a block of their own, the
 * featured articles, then the newest of the rest; an article appears once on the page.
 */
@Named
@RequestScoped
public class HomeNews {

    static final int WARNINGS = 3;
    static final int FEATURED = 3;
    static final int LATEST = 6;

    @Inject
    ArticleQueries queries;

    @Inject
    CurrentWard currentWard;

    private List<PublishedArticle> warnings;
    private List<PublishedArticle> featured;
    private List<PublishedArticle> latest;
    private ArticleCategoryView warningsCategory;

    private void load() {
        if (latest != null) {
            return;
        }
        List<Long> units = currentWard.getChainIds();
        warningsCategory = queries.categories(units).stream().filter(c -> c.code().equals(ArticleCategory.WARNINGS))
                .findFirst().orElse(null);
        warnings = warningsCategory == null ? List.of()
                : queries.latest(ArticleCategory.WARNINGS, null, 1, WARNINGS, units).items();
        Set<Long> shown = new HashSet<>();
        warnings.forEach(a -> shown.add(a.id()));
        featured = queries.featured(FEATURED + WARNINGS, units).stream().filter(a -> shown.add(a.id())).limit(FEATURED).toList();
        latest = queries.latest(null, null, 1, LATEST + shown.size(), units).items().stream()
                .filter(a -> shown.add(a.id())).limit(LATEST).toList();
    }

    public List<PublishedArticle> getWarnings() {
        load();
        return warnings;
    }

    public List<PublishedArticle> getFeatured() {
        load();
        return featured;
    }

    public List<PublishedArticle> getLatest() {
        load();
        return latest;
    }

    /** The warnings category with its number of published articles; null when it is not active. */
    public ArticleCategoryView getWarningsCategory() {
        load();
        return warningsCategory;
    }

    public boolean isNothingPublished() {
        load();
        return warnings.isEmpty() && featured.isEmpty() && latest.isEmpty();
    }
}
