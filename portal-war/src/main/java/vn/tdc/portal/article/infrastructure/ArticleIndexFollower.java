package vn.tdc.portal.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.tdc.portal.article.application.ArticleIndexChanged;
import vn.tdc.portal.article.application.ArticleQueries;

/**
 * Keeps the search index in step with what is public: once a change to an article commits, a published article is
 * (re)indexed and any other is removed — drafts are never searchable or citable.
 */
@ApplicationScoped
public class ArticleIndexFollower {

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleSearchIndexer indexer;

    void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleIndexChanged change) {
        queries.publishedById(change.articleId()).ifPresentOrElse(indexer::index,
                () -> indexer.remove(change.articleId()));
    }
}
