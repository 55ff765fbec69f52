package vn.tdc.portal.metrology.infrastructure;

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
import vn.tdc.portal.metrology.application.DueVerificationReminders;
import vn.tdc.portal.platform.time.PortalTime;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders of due verifications ({@link DueVerificationReminders}) once a day at
 * {@code portal.metrology.reminders.hour} o'clock, Vietnam's time (default 7), unless
 * {@code portal.metrology.reminders.enabled} is false. On a cluster every node schedules it, but one runs it: the node
 * holding the named lock {@value DueVerificationReminders#LOCK} ({@code ClusterLocks}); the others skip that day's run. A run that fails is
 * logged and retried the next day (what was sent is remembered, so nothing is mailed twice).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DueVerificationReminderSchedule {

    private static final Logger LOG = Logger.getLogger(DueVerificationReminderSchedule.class.getName());

    @Inject
    DueVerificationReminders reminders;

    @Inject
    @ConfigProperty(name = "portal.metrology.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.metrology.reminders.hour", defaultValue = "7")
    int hour;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> daily;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Reminders of due verifications are off (portal.metrology.reminders.enabled=false)");
            return;
        }
        int at = Math.floorMod(hour, 24);
        long delay = untilNext(ZonedDateTime.now(PortalTime.ZONE), at).toSeconds();
        daily = scheduler.scheduleAtFixedRate(this::run, delay, Duration.ofDays(1).toSeconds(), TimeUnit.SECONDS);
    }

    /** How long from {@code now} to the next {@code hour}:00 (tomorrow's when it has passed today). */
    static Duration untilNext(ZonedDateTime now, int hour) {
        ZonedDateTime next = now.toLocalDate().atTime(hour, 0).atZone(now.getZone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    private void run() {
        try {
            int announced = reminders.remindAlone().orElse(0);
            if (announced > 0) {
                LOG.info(() -> announced + " instrument(s) due for verification announced to officers");
            }
        } catch (RuntimeException e) {
            // the next day's run tries again; a failure must not cancel the periodic task
            LOG.log(Level.WARNING, "Reminders of due verifications failed; retrying tomorrow", e);
        }
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
