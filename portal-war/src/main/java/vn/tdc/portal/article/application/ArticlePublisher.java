package vn.tdc.portal.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleRepository;

import java.time.Instant;

/** Publishes the scheduled articles whose time has come; each in its own transaction. */
@ApplicationScoped
public class ArticlePublisher {

    @Inject
    ArticleRepository articles;

    @Inject
    ScheduledPublication due;

    /** Returns how many articles were published. */
    public int publishDue(Instant now) {
        int published = 0;
        for (Article article : articles.findDueForPublication(now)) {
            if (due.publish(article.id(), now)) {
                published++;
            }
        }
        return published;
    }
}
