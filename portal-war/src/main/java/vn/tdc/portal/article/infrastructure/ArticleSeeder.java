package vn.tdc.portal.article.infrastructure;

import vn.tdc.portal.unit.application.UnitDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.application.ArticleHtmlSanitizer;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleContent;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.search.domain.SearchChangeAction;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the awareness articles of {@code content/articles} once: an article whose file is already loaded (same
 * slug as seed key) is left as the editors made it, even if they unpublished or edited it. A loaded article is
 * written to the search change log, so nodes already running (of an older version, without the file) index it too.
 */
@ApplicationScoped
@Transactional
public class ArticleSeeder {

    private static final Logger LOG = Logger.getLogger(ArticleSeeder.class.getName());

    @Inject
    ArticleRepository articles;

    @Inject
    UnitDirectory units;

    @Inject
    SearchChangeRepository changes;

    /** A seed article belongs to the unit its {@code unit:} header names (a slug); without one, to the whole platform. */
    private long unitOf(SeedArticle seed) {
        if (seed.unitSlug().isEmpty()) {
            return units.root().id();
        }
        return units.bySlug(seed.unitSlug())
                .orElseThrow(() -> new IllegalStateException(seed.fileName() + ": no unit with slug " + seed.unitSlug()))
                .id();
    }

    public int load(List<SeedArticle> seeds) {
        int loaded = 0;
        for (SeedArticle seed : seeds) {
            if (articles.findBySeedKey(seed.slug()).isPresent() || articles.slugTaken(seed.slug(), null)) {
                continue;
            }
            ArticleContent content = new ArticleContent(seed.title(), seed.summary(),
                    ArticleHtmlSanitizer.sanitize(seed.bodyHtml()), seed.categoryCode(), seed.tags(), seed.author(),
                    seed.featured(), null, null, "");
            Article article = Article.seed(unitOf(seed), seed.slug(), seed.slug(), content, seed.publishedAt(), Instant.now());
            articles.add(article);
            articles.addRevision(article.firstRevision("Nạp từ " + seed.fileName()));
            changes.record(SearchChangeKind.ARTICLE, String.valueOf(article.id()), SearchChangeAction.UPSERT);
            loaded++;
        }
        if (loaded > 0) {
            LOG.info(() -> "Loaded seed articles from content/articles");
        }
        return loaded;
    }
}
