package vn.tdc.portal.article.infrastructure;

import java.util.ArrayList;
import java.util.List;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.portal.platform.config.PortalSettings;

/**
 * The search index a fresh portal starts with, built outside the container: the plans of {@code content/documents}
 * and the seed articles of {@code content/articles}, each article published and cut into chunks as at startup.
 */
public final class SeedContentIndex {

    private SeedContentIndex() {
    }

    /** A new in-memory index of the seed content; the caller closes it. */
    public static DocumentIndex build() {
        DocumentIndex index = DocumentIndex.inMemory();
        index.rebuild(new SeedDocuments().load());
        ArticleSearchIndexer indexer = new ArticleSearchIndexer();
        indexer.index = index;
        indexer.settings = new PortalSettings() {
            @Override
            public String getWardName() {
                return "Xã Đông Cứu";
            }

            @Override
            public String getProvince() {
                return "tỉnh Bắc Ninh";
            }
        };
        List<PublishedArticle> articles = new ArrayList<>();
        long id = 1;
        for (SeedArticle s : new SeedArticleFiles().load()) {
            articles.add(new PublishedArticle(id++, s.slug(), s.title(), s.summary(), s.bodyHtml(), s.categoryCode(), "",
                    s.tags(), s.author(), s.featured(), s.publishedAt(), s.publishedAt(), "", ""));
        }
        indexer.reindexAll(articles);
        return index;
    }
}
