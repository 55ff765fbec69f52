package vn.tdc.portal.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void should_allow_a_burst_then_refuse() {
        ClientRateLimiter limiter = new ClientRateLimiter(3, 1, now::get);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void should_refill_with_time() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 2, now::get);
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a")).isFalse();

        now.addAndGet(500_000_000L);

        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void should_count_each_client_separately() {
        ClientRateLimiter limiter = new ClientRateLimiter(1, 1, now::get);

        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("b")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }

    @Test
    void should_never_refuse_when_disabled() {
        ClientRateLimiter limiter = new ClientRateLimiter(0, 0, now::get);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
    }
}
