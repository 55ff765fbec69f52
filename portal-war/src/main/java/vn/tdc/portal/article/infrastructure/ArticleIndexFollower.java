package vn.tdc.portal.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.tdc.portal.article.application.ArticleIndexChanged;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.search.application.IndexedSource;
import vn.tdc.portal.search.domain.SearchChangeAction;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

/**
 * Keeps the search index in step with what is public: once a change to an article commits, a published article is
 * (re)indexed and any other is removed — drafts are never searchable or citable.
 *
 * <p>On several nodes: the change is also written to the search change log in its own transaction (a row per change
 * of an article that is or was public; an article never published cannot be in any index), and the other nodes'
 * {@code SearchIndexFollower} call {@link #refresh} with it.
 */
@ApplicationScoped
public class ArticleIndexFollower implements IndexedSource {

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleSearchIndexer indexer;

    @Inject
    ArticleRepository articles;

    @Inject
    SearchChangeRepository changes;

    /** In the transaction of the change, so the row commits with it or not at all. */
    void record(@Observes ArticleIndexChanged change) {
        articles.findById(change.articleId())
                .filter(article -> article.isPublic() || article.everPublished())
                .ifPresent(article -> changes.record(SearchChangeKind.ARTICLE, String.valueOf(article.id()),
                        SearchChangeAction.of(article.isPublic())));
    }

    void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleIndexChanged change) {
        refresh(change.articleId());
    }

    @Override
    public SearchChangeKind kind() {
        return SearchChangeKind.ARTICLE;
    }

    @Override
    public void refresh(String entityId) {
        refresh(Long.parseLong(entityId));
    }

    private void refresh(long articleId) {
        queries.publishedById(articleId).ifPresentOrElse(indexer::index, () -> indexer.remove(articleId));
    }
}
