package vn.tdc.portal.assistant.infrastructure;

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
import vn.tdc.portal.assistant.application.AnswerTally;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Adds this node's {@link AnswerTally} to the stored counts every {@code portal.assistant.count-flush-seconds}, and at shutdown. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AnswerTallyFlusher {

    private static final Logger LOG = Logger.getLogger(AnswerTallyFlusher.class.getName());

    @Inject
    AnswerTally tally;

    @Inject
    @ConfigProperty(name = "portal.assistant.count-flush-seconds", defaultValue = "10")
    long flushSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long every = Math.max(1, flushSeconds);
        task = scheduler.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.SECONDS);
    }

    private void flush() {
        try {
            tally.flush();
        } catch (RuntimeException e) {
            // the next step tries again; a failure must not cancel the periodic task
            LOG.log(Level.WARNING, "Counting the assistant's answers failed; retrying at the next step", e);
        }
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
        flush();
    }
}
