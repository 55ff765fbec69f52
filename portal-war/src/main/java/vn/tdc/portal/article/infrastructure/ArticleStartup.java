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
import vn.tdc.portal.platform.persistence.ClusterLocks;
import vn.tdc.portal.search.infrastructure.SearchIndexFollowerStartup;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup, after the migrations and the document index: loads the seed articles, publishes what was scheduled
 * while the portal was down, puts every published article in the search index and lets the search index follow the
 * changes of other nodes (the last rebuild is written); then checks for due scheduled articles every
 * {@code portal.articles.schedule-check-seconds}.
 *
 * <p>On a cluster every node runs the check, but one at a time: it holds the named lock {@value #PUBLISH_LOCK} of the
 * database ({@link ClusterLocks}), a node finding it held skips its check. Each article is then published in its own
 * transaction that reads it again and publishes it only if it is still due ({@code ScheduledPublication}), so an
 * article is published, announced to the search index and logged once; the article's version check would refuse a
 * second publication of the same reading even without the lock.
 */
@Singleton
@Startup
// SearchIndexFollowerStartup comes before through DocumentCatalogStartup; naming it here too would make a diamond of
// singletons that have dependencies, which Payara 6's SingletonLifeCycleManager may refuse as a cycle (depending on
// the order it reads the descriptors: the deployment then fails).
@DependsOn({"DatabaseMigrations", "DocumentCatalogStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ArticleStartup {

    private static final Logger LOG = Logger.getLogger(ArticleStartup.class.getName());

    static final String PUBLISH_LOCK = "tdc.articles.publish-due";

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
    ClusterLocks locks;

    @Inject
    SearchIndexFollowerStartup searchFollower;

    @Inject
    @ConfigProperty(name = "portal.articles.schedule-check-seconds", defaultValue = "15")
    int checkSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> check;

    @PostConstruct
    void start() {
        // nodes started together on an empty database: one loads the seeds, the others then find them
        locks.whenHeld(ClusterLocks.FIRST_START, ClusterLocks.FIRST_START_WAIT, () -> {
            seeder.load(seedFiles.load());
            return null;
        });
        publishDueAlone();
        indexer.reindexAll(queries.allPublished());
        searchFollower.startFollowing();
        check = scheduler.scheduleWithFixedDelay(this::publishDue, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    private void publishDue() {
        try {
            int published = publishDueAlone();
            if (published > 0) {
                LOG.info(() -> published + " scheduled article(s) published");
            }
        } catch (RuntimeException e) {
            // the next check tries again; a failure must not cancel the periodic task
            LOG.log(Level.WARNING, "Publishing scheduled articles failed; retrying at the next check", e);
        }
    }

    /** Publishes the due articles unless another node is doing it now; how many this node published. */
    private int publishDueAlone() {
        return locks.ifFree(PUBLISH_LOCK, () -> publisher.publishDue(Instant.now())).orElse(0);
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.cancel(false);
        }
    }
}
