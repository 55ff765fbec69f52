package vn.tdc.launcher;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Keeps Payara Micro running: starts it, waits for it to end and, when it died unexpectedly, starts it again as
 * {@link RestartPolicy} decides (backoff, crash-loop limit); {@link #stop()} (the launcher's shutdown) ends it for good.
 * Logs in Vietnamese like the rest of the launcher. Thread-safe: one thread runs {@link #supervise()}, any other may
 * call {@link #stop()}.
 */
final class PayaraSupervisor {

    private static final Logger LOG = Logger.getLogger(PayaraSupervisor.class.getName());

    /** Starts a new Payara Micro process. */
    interface ProcessStarter {
        Process start() throws IOException;
    }

    private final ProcessStarter starter;
    private final RestartPolicy policy;
    private final Clock clock;
    private final Consumer<Process> onRestart;
    private final Object lock = new Object();
    private Process current;
    private Instant startedAt;
    private boolean stopping;

    /**
     * @param onRestart called with each process started again (not the first), e.g. to watch its readiness
     */
    PayaraSupervisor(ProcessStarter starter, RestartPolicy policy, Clock clock, Consumer<Process> onRestart) {
        this.starter = starter;
        this.policy = policy;
        this.clock = clock;
        this.onRestart = onRestart;
    }

    /** Starts the first Payara Micro. */
    Process start() throws IOException {
        synchronized (lock) {
            current = starter.start();
            startedAt = clock.instant();
            return current;
        }
    }

    /**
     * Waits for Payara to end and starts it again while the policy says so.
     *
     * @return the exit code of the last Payara
     */
    int supervise() throws InterruptedException {
        while (true) {
            Process process;
            synchronized (lock) {
                process = current;
            }
            int exit = process.waitFor();
            Instant ended = clock.instant();
            RestartPolicy.Decision decision;
            synchronized (lock) {
                decision = policy.afterExit(exit, stopping, Duration.between(startedAt, ended), ended);
            }
            if (!decision.restart()) {
                logEnd(exit, decision);
                return exit;
            }
            LOG.warning(() -> String.format("Payara Micro dừng bất thường (mã thoát %d%s): khởi động lại sau %d giây "
                            + "(lần %d trong %d phút).", exit, cause(exit), decision.delay().toSeconds(),
                    decision.deathsInWindow(), policy.window().toMinutes()));
            synchronized (lock) {
                long waitUntil = System.nanoTime() + decision.delay().toNanos();
                for (long left = decision.delay().toNanos(); !stopping && left > 0; left = waitUntil - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
                if (stopping) {
                    return exit;
                }
                try {
                    current = starter.start();
                } catch (IOException e) {
                    LOG.severe("Không khởi động lại được Payara Micro: " + e.getMessage());
                    return exit;
                }
                startedAt = clock.instant();
                process = current;
            }
            onRestart.accept(process);
        }
    }

    /** Stops supervising and ends the current Payara (TERM, then KILL after 30 s). */
    void stop() {
        Process process;
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
            process = current;
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void logEnd(int exit, RestartPolicy.Decision decision) {
        boolean stopped;
        synchronized (lock) {
            stopped = stopping;
        }
        if (stopped || !RestartPolicy.unexpected(exit)) {
            LOG.info(() -> "Payara Micro đã dừng (mã thoát " + exit + ").");
        } else {
            LOG.severe(() -> String.format("Payara Micro dừng bất thường %d lần trong %d phút (lần cuối mã thoát %d%s): "
                            + "ngừng khởi động lại.", decision.deathsInWindow(), policy.window().toMinutes(), exit,
                    cause(exit)));
        }
    }

    private static String cause(int exit) {
        return switch (exit) {
            case RestartPolicy.EXIT_OUT_OF_MEMORY -> ", hết bộ nhớ";
            case 137 -> ", bị buộc dừng (KILL)";
            case 134 -> ", JVM gặp lỗi nghiêm trọng";
            default -> "";
        };
    }
}
