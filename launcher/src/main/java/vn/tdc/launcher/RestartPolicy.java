package vn.tdc.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When the launcher starts Payara Micro again after it ended.
 *
 * <ul>
 *   <li>never when the launcher is stopping (Ctrl-C, a TERM signal to the launcher), when Payara ended normally
 *       (exit code 0) or was stopped by a signal sent to it (130 = INT, as Ctrl-C sends to the whole terminal's
 *       process group; 143 = TERM);</li>
 *   <li>otherwise it died unexpectedly — 3 after an {@code OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}),
 *       137 when killed (the kernel's OOM killer), 134 after a JVM crash…: it is started again after a delay that
 *       doubles with each death in the window ({@code firstDelay}, 2×, 4×… at most {@code maxDelay});</li>
 *   <li>more than {@code maxDeaths} deaths within {@code window} is a crash loop: the launcher gives up and exits
 *       with Payara's exit code (a supervisor above it, e.g. systemd, may then decide);</li>
 *   <li>a run that lasted {@code window} or longer forgets the deaths before it.</li>
 * </ul>
 * Not thread-safe: used by one supervisor thread.
 */
final class RestartPolicy {

    static final int EXIT_INTERRUPTED = 130;
    static final int EXIT_TERMINATED = 143;
    static final int EXIT_OUT_OF_MEMORY = 3;

    /** What to do after Payara ended. */
    record Decision(boolean restart, Duration delay, int deathsInWindow) {

        static Decision stop(int deaths) {
            return new Decision(false, Duration.ZERO, deaths);
        }
    }

    private final int maxDeaths;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Deque<Instant> deaths = new ArrayDeque<>();

    RestartPolicy(int maxDeaths, Duration window, Duration firstDelay, Duration maxDelay) {
        this.maxDeaths = maxDeaths;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** 5 deaths in 10 minutes at most; restart after 2 s, 4 s, 8 s, 16 s, 30 s. */
    static RestartPolicy defaults() {
        return new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    Duration window() {
        return window;
    }

    /**
     * @param exitCode      Payara's exit code
     * @param stopRequested whether the launcher itself is stopping
     * @param ranFor        how long that Payara ran
     * @param now           when it ended
     */
    Decision afterExit(int exitCode, boolean stopRequested, Duration ranFor, Instant now) {
        if (stopRequested || !unexpected(exitCode)) {
            return Decision.stop(deaths.size());
        }
        if (ranFor.compareTo(window) >= 0) {
            deaths.clear();
        }
        deaths.addLast(now);
        while (!deaths.isEmpty() && deaths.peekFirst().isBefore(now.minus(window))) {
            deaths.removeFirst();
        }
        if (deaths.size() > maxDeaths) {
            return Decision.stop(deaths.size());
        }
        long factor = 1L << Math.min(30, deaths.size() - 1);
        Duration delay = firstDelay.multipliedBy(factor);
        return new Decision(true, delay.compareTo(maxDelay) > 0 ? maxDelay : delay, deaths.size());
    }

    /** Whether an exit code means Payara died rather than being stopped. */
    static boolean unexpected(int exitCode) {
        return exitCode != 0 && exitCode != EXIT_INTERRUPTED && exitCode != EXIT_TERMINATED;
    }
}
