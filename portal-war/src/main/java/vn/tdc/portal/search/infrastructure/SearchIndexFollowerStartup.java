package vn.tdc.portal.search.infrastructure;

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
import vn.tdc.portal.search.application.SearchIndexFollower;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link SearchIndexFollower} of this node: takes its cursor right after the migrations, before the
 * document catalog and the articles rebuild the index from the tables ({@code DocumentCatalogStartup} depends on
 * this bean), and, once {@code ArticleStartup} has written the last rebuild ({@link #startFollowing}), applies the
 * changes of every node every {@code portal.search.follow-millis}. Not before: a change applied during the rebuild
 * could be overwritten by the rebuild's older reading.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexFollowerStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexFollowerStartup.class.getName());

    @Inject
    SearchIndexFollower follower;

    @Inject
    @ConfigProperty(name = "portal.search.follow-millis", defaultValue = "1000")
    long followMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void takeCursor() {
        follower.begin();
    }

    /** Starts following the change log; the index has been rebuilt. Calling it again changes nothing. */
    public void startFollowing() {
        if (task == null) {
            long every = Math.max(1, followMillis);
            task = scheduler.scheduleWithFixedDelay(this::catchUp, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void catchUp() {
        try {
            follower.catchUp();
        } catch (RuntimeException e) {
            // the next step tries again; a failure must not cancel the periodic task
            LOG.log(Level.WARNING, "Following the search change log failed; retrying at the next step", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
