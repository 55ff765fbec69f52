package vn.tdc.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private final RestartPolicy policy = RestartPolicy.defaults();

    @Test
    void should_restart_after_an_out_of_memory_exit_with_a_doubling_delay() {
        // when Payara dies three times within a few seconds
        RestartPolicy.Decision first = policy.afterExit(3, false, Duration.ofMinutes(1), T0);
        RestartPolicy.Decision second = policy.afterExit(3, false, Duration.ofSeconds(20), T0.plusSeconds(30));
        RestartPolicy.Decision third = policy.afterExit(137, false, Duration.ofSeconds(20), T0.plusSeconds(60));

        // then
        assertThat(first.restart()).isTrue();
        assertThat(first.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(second.delay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(third.delay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(third.deathsInWindow()).isEqualTo(3);
    }

    @Test
    void should_cap_the_delay_and_give_up_after_more_than_five_deaths_in_ten_minutes() {
        // given five deaths in five minutes
        RestartPolicy.Decision fifth = null;
        for (int i = 0; i < 5; i++) {
            fifth = policy.afterExit(3, false, Duration.ofSeconds(30), T0.plusSeconds(60L * i));
        }

        // when a sixth follows
        RestartPolicy.Decision sixth = policy.afterExit(3, false, Duration.ofSeconds(30), T0.plusSeconds(300));

        // then
        assertThat(fifth.restart()).isTrue();
        assertThat(fifth.delay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(sixth.restart()).isFalse();
        assertThat(sixth.deathsInWindow()).isEqualTo(6);
    }

    @Test
    void should_forget_deaths_older_than_the_window_and_before_a_long_run() {
        // given five deaths long ago
        for (int i = 0; i < 5; i++) {
            policy.afterExit(3, false, Duration.ofSeconds(30), T0.plusSeconds(i));
        }

        // when Payara dies after running for a day, and once more eleven minutes after the first deaths
        RestartPolicy.Decision afterLongRun = policy.afterExit(3, false, Duration.ofDays(1), T0.plusSeconds(60));
        RestartPolicy.Decision later = policy.afterExit(3, false, Duration.ofSeconds(5), T0.plus(Duration.ofMinutes(11)));

        // then
        assertThat(afterLongRun.restart()).isTrue();
        assertThat(afterLongRun.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(later.restart()).isTrue();
        assertThat(later.deathsInWindow()).isEqualTo(2);
    }

    @Test
    void should_not_restart_a_normal_or_requested_stop() {
        // then
        assertThat(policy.afterExit(0, false, Duration.ofMinutes(1), T0).restart()).isFalse();
        assertThat(policy.afterExit(130, false, Duration.ofMinutes(1), T0).restart()).as("Ctrl-C").isFalse();
        assertThat(policy.afterExit(143, false, Duration.ofMinutes(1), T0).restart()).as("TERM").isFalse();
        assertThat(policy.afterExit(3, true, Duration.ofMinutes(1), T0).restart()).as("launcher stopping").isFalse();
    }
}
