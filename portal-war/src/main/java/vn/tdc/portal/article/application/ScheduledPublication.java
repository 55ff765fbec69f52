package vn.tdc.portal.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleRepository;

import java.time.Instant;

/** The transaction that publishes one scheduled article. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScheduledPublication {

    @Inject
    ArticleRepository articles;

    @Inject
    Event<ArticleIndexChanged> indexChanges;

    public boolean publish(long id, Instant now) {
        Article article = articles.findById(id).orElse(null);
        if (article == null || !article.publishIfDue(now)) {
            return false;
        }
        indexChanges.fire(new ArticleIndexChanged(id));
        return true;
    }
}
