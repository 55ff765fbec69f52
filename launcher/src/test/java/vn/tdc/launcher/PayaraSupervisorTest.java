package vn.tdc.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PayaraSupervisorTest {

    /** A process that ends with a given code when told to, or when destroyed (143, as after TERM). */
    private static final class FakeProcess extends Process {
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        void die(int code) {
            exit.complete(code);
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public InputStream getErrorStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public int waitFor() throws InterruptedException {
            try {
                return exit.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            try {
                exit.get(timeout, unit);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int exitValue() {
            if (!exit.isDone()) {
                throw new IllegalThreadStateException();
            }
            return exit.join();
        }

        @Override
        public void destroy() {
            exit.complete(143);
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }
    }

    private final List<FakeProcess> started = new ArrayList<>();
    private final List<Process> restarted = new ArrayList<>();
    private final RestartPolicy fastPolicy = new RestartPolicy(2, Duration.ofMinutes(10), Duration.ofMillis(1), Duration.ofMillis(4));

    private PayaraSupervisor supervisor(int[] exitCodes) {
        AtomicInteger next = new AtomicInteger();
        return new PayaraSupervisor(() -> {
            FakeProcess process = new FakeProcess();
            synchronized (started) {
                started.add(process);
            }
            int i = next.getAndIncrement();
            if (i < exitCodes.length) {
                process.die(exitCodes[i]);
            }
            return process;
        }, fastPolicy, Clock.systemUTC(), restarted::add);
    }

    @Test
    void should_start_payara_again_after_it_died_of_an_out_of_memory_error() throws Exception {
        // given a Payara that dies with exit code 3 (-XX:+ExitOnOutOfMemoryError), then keeps running
        PayaraSupervisor supervisor = supervisor(new int[] {3});
        supervisor.start();
        CompletableFuture<Integer> supervised = CompletableFuture.supplyAsync(() -> supervise(supervisor));

        // when the launcher is stopped once the second Payara runs
        awaitStarted(2);
        supervisor.stop();

        // then
        assertThat(supervised.get(5, TimeUnit.SECONDS)).isEqualTo(143);
        assertThat(started).hasSize(2);
        assertThat(restarted).containsExactly(started.get(1));
        assertThat(started.get(1).isAlive()).isFalse();
    }

    @Test
    void should_give_up_after_a_crash_loop_and_return_the_last_exit_code() throws Exception {
        // given a Payara that dies at once every time (the policy allows 2 deaths in 10 minutes)
        PayaraSupervisor supervisor = supervisor(new int[] {134, 134, 137, 137});
        supervisor.start();

        // when
        int exit = supervise(supervisor);

        // then
        assertThat(exit).isEqualTo(137);
        assertThat(started).hasSize(3);
    }

    @Test
    void should_not_restart_payara_stopped_by_ctrl_c_or_normally() throws Exception {
        // given
        PayaraSupervisor interrupted = supervisor(new int[] {130});
        interrupted.start();

        // when
        int exit = supervise(interrupted);

        // then
        assertThat(exit).isEqualTo(130);
        assertThat(started).hasSize(1);
        assertThat(restarted).isEmpty();
    }

    @Test
    void should_not_start_a_new_payara_while_stopping_during_the_backoff() throws Exception {
        // given a policy whose first delay is long, and a Payara that died
        RestartPolicy slow = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofMinutes(5));
        CountDownLatch first = new CountDownLatch(1);
        PayaraSupervisor supervisor = new PayaraSupervisor(() -> {
            FakeProcess process = new FakeProcess();
            started.add(process);
            process.die(3);
            first.countDown();
            return process;
        }, slow, Clock.systemUTC(), restarted::add);
        supervisor.start();
        CompletableFuture<Integer> supervised = CompletableFuture.supplyAsync(() -> supervise(supervisor));

        // when the launcher is stopped while waiting to restart
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        supervisor.stop();

        // then it ends at once without a second Payara
        assertThat(supervised.get(5, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(started).hasSize(1);
    }

    private static int supervise(PayaraSupervisor supervisor) {
        try {
            return supervisor.supervise();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            synchronized (started) {
                if (started.size() >= count) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("Payara was not started " + count + " times");
    }
}
