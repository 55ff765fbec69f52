package vn.tdc.portal.platform.ratelimit;

import com.hazelcast.map.IMap;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.cluster.ManualTimeMeter;
import vn.tdc.portal.platform.cluster.TestGrid;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    private final ManualTimeMeter now = new ManualTimeMeter();
    private final IMap<String, byte[]> buckets = TestGrid.grid().boundedMap(TestGrid.uniqueName("buckets"),
            Duration.ofMinutes(5), 1000);

    @Test
    void should_allow_a_burst_then_refuse() {
        ClientRateLimiter limiter = new ClientRateLimiter(buckets, 3, 1, now);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void should_refill_with_time() {
        ClientRateLimiter limiter = new ClientRateLimiter(buckets, 1, 2, now);
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a")).isFalse();

        now.advance(Duration.ofMillis(500));

        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void should_count_each_client_separately() {
        ClientRateLimiter limiter = new ClientRateLimiter(buckets, 1, 1, now);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("b")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void should_never_refuse_when_disabled() {
        ClientRateLimiter limiter = new ClientRateLimiter(buckets, 0, 0, now);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
    }

    @Test
    void should_count_a_client_once_whichever_node_its_requests_reach() {
        // given two nodes of one cluster, each with the limit over the same grid map
        DataGrid secondNode = TestGrid.secondNode();
        try {
            String map = TestGrid.uniqueName("shared-buckets");
            ClientRateLimiter onFirst = new ClientRateLimiter(TestGrid.grid().boundedMap(map, Duration.ofMinutes(5), 1000),
                    4, 0.001, now);
            ClientRateLimiter onSecond = new ClientRateLimiter(secondNode.boundedMap(map, Duration.ofMinutes(5), 1000),
                    4, 0.001, now);

            // when the client sprays both nodes
            int allowed = 0;
            for (int i = 0; i < 10; i++) {
                allowed += (i % 2 == 0 ? onFirst : onSecond).tryAcquire("sprayer") ? 1 : 0;
            }

            // then it got its burst once, not once per node
            assertThat(secondNode.members()).isEqualTo(2);
            assertThat(allowed).isEqualTo(4);
        } finally {
            secondNode.shutdown();
        }
    }
}
