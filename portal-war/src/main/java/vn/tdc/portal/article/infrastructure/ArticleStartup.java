package vn.tdc.portal.article.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.article.application.ArticlePublisher;
import vn.tdc.portal.article.application.ArticleQueries;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup, after the migrations and the document index: loads the seed articles, publishes what was scheduled
 * while the portal was down, puts every published article in the search index; then checks for due scheduled
 * articles every {@code portal.articles.schedule-check-seconds}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "DocumentCatalogStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ArticleStartup {

    private static final Logger LOG = Logger.getLogger(ArticleStartup.class.getName());

    @Inject
    SeedArticleFiles seedFiles;

    @Inject
    ArticleSeeder seeder;

    @Inject
    ArticlePublisher publisher;

    @Inject
    ArticleQueries queries;

    @Inject
    ArticleSearchIndexer indexer;

    @Inject
    @ConfigProperty(name = "portal.articles.schedule-check-seconds", defaultValue = "15")
    int checkSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> check;

    @PostConstruct
    void start() {
        seeder.load(seedFiles.load());
        publisher.publishDue(Instant.now());
        indexer.reindexAll(queries.allPublished());
        check = scheduler.scheduleWithFixedDelay(this::publishDue, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    private void publishDue() {
        try {
            int published = publisher.publishDue(Instant.now());
            if (published > 0) {
                LOG.info(() -> published + " scheduled article(s) published");
            }
        } catch (RuntimeException e) {
            // the next check tries again; a failure must not cancel the periodic task
            LOG.log(Level.WARNING, "Publishing scheduled articles failed; retrying at the next check", e);
        }
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.cancel(false);
        }
    }
}
