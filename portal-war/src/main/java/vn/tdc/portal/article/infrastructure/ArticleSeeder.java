package vn.tdc.portal.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.application.ArticleHtmlSanitizer;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleContent;
import vn.tdc.portal.article.domain.ArticleRepository;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the awareness articles of {@code content/articles} once: an article whose file is already loaded (same
 * slug as seed key) is left as the editors made it, even if they unpublished or edited it.
 */
@ApplicationScoped
@Transactional
public class ArticleSeeder {

    private static final Logger LOG = Logger.getLogger(ArticleSeeder.class.getName());

    @Inject
    ArticleRepository articles;

    public int load(List<SeedArticle> seeds) {
        int loaded = 0;
        for (SeedArticle seed : seeds) {
            if (articles.findBySeedKey(seed.slug()).isPresent() || articles.slugTaken(seed.slug(), null)) {
                continue;
            }
            ArticleContent content = new ArticleContent(seed.title(), seed.summary(),
                    ArticleHtmlSanitizer.sanitize(seed.bodyHtml()), seed.categoryCode(), seed.tags(), seed.author(),
                    seed.featured(), null, null, "");
            Article article = Article.seed(seed.slug(), seed.slug(), content, seed.publishedAt(), Instant.now());
            articles.add(article);
            articles.addRevision(article.firstRevision("Nạp từ " + seed.fileName()));
            loaded++;
        }
        if (loaded > 0) {
            LOG.info(() -> "Loaded seed articles from content/articles");
        }
        return loaded;
    }
}
