package vn.tdc.portal.platform.ratelimit;

import com.hazelcast.map.IMap;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.cluster.TestGrid;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class FailureBackoffTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final FailureBackoff backoff = new FailureBackoff(keys(), 3, Duration.ofSeconds(30),
            Duration.ofMinutes(15), now::get);

    @Test
    void should_let_a_key_fail_a_few_times_without_waiting() {
        // when
        Duration first = backoff.failed("lan");
        Duration second = backoff.failed("lan");

        // then
        assertThat(first).isZero();
        assertThat(second).isZero();
        assertThat(backoff.waitFor("lan")).isZero();
    }

    @Test
    void should_lock_the_key_once_it_failed_too_often_then_double_the_lock_at_each_further_failure() {
        // given
        backoff.failed("lan");
        backoff.failed("lan");

        // when the third failure locks it, and each failure after a lock ended doubles the next
        Duration firstLock = backoff.failed("lan");
        now.addAndGet(firstLock.toMillis());
        Duration secondLock = backoff.failed("lan");
        now.addAndGet(secondLock.toMillis());
        Duration thirdLock = backoff.failed("lan");

        // then
        assertThat(firstLock).hasSeconds(30);
        assertThat(secondLock).hasSeconds(60);
        assertThat(thirdLock).hasSeconds(120);
        assertThat(backoff.waitFor("lan")).hasSeconds(120);
        assertThat(backoff.waitFor("minh")).isZero();
    }

    @Test
    void should_never_lock_longer_than_the_longest_lock() {
        // given
        Duration lock = Duration.ZERO;
        for (int i = 0; i < 60; i++) {
            now.addAndGet(lock.toMillis());
            lock = backoff.failed("lan");
        }

        // then
        assertThat(lock).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.waitFor("lan")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void should_end_a_lock_by_itself() {
        // given a locked key
        for (int i = 0; i < 3; i++) {
            backoff.failed("lan");
        }

        // when its lock has passed
        now.addAndGet(Duration.ofSeconds(30).toMillis());

        // then it may try again
        assertThat(backoff.waitFor("lan")).isZero();
    }

    @Test
    void should_forget_the_failures_of_a_key_that_stayed_quiet_long_enough() {
        // given a key locked several times
        Duration lock = Duration.ZERO;
        for (int i = 0; i < 6; i++) {
            now.addAndGet(lock.toMillis());
            lock = backoff.failed("lan");
        }

        // when it stays quiet for the longest lock after its lock ended
        now.addAndGet(lock.toMillis() + Duration.ofMinutes(15).toMillis() + 1);

        // then it starts afresh: two failures are free again
        assertThat(backoff.failed("lan")).isZero();
        assertThat(backoff.failed("lan")).isZero();
    }

    @Test
    void should_forget_the_failures_after_a_success() {
        // given
        backoff.failed("lan");
        backoff.failed("lan");

        // when
        backoff.reset("lan");

        // then
        assertThat(backoff.failed("lan")).isZero();
        assertThat(backoff.failed("lan")).isZero();
    }

    @Test
    void should_do_nothing_when_turned_off() {
        FailureBackoff off = new FailureBackoff(keys(), 0, Duration.ofSeconds(30), Duration.ofMinutes(15),
                now::get);

        for (int i = 0; i < 10; i++) {
            assertThat(off.failed("lan")).isZero();
        }
        assertThat(off.waitFor("lan")).isZero();
    }

    @Test
    void should_count_the_failures_of_a_key_made_on_every_node_together() {
        // given two nodes of one cluster sharing the failures' grid map
        DataGrid secondNode = TestGrid.secondNode();
        try {
            String map = TestGrid.uniqueName("failures");
            FailureBackoff onFirst = new FailureBackoff(TestGrid.grid().boundedMap(map, Duration.ofHours(1), 1000), 3,
                    Duration.ofSeconds(30), Duration.ofMinutes(15), now::get);
            FailureBackoff onSecond = new FailureBackoff(secondNode.<String, long[]>boundedMap(map, Duration.ofHours(1),
                    1000), 3, Duration.ofSeconds(30), Duration.ofMinutes(15), now::get);

            // when an attacker spreads three wrong passwords over the nodes
            onFirst.failed("lan");
            onSecond.failed("lan");
            Duration lock = onFirst.failed("lan");

            // then the third locks the account on both
            assertThat(lock).hasSeconds(30);
            assertThat(onSecond.waitFor("lan")).hasSeconds(30);
        } finally {
            secondNode.shutdown();
        }
    }

    private static IMap<String, long[]> keys() {
        return TestGrid.grid().boundedMap(TestGrid.uniqueName("failures"), Duration.ofHours(1), 1000);
    }
}
