package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.ManualTimeMeter;
import vn.tdc.portal.platform.cluster.TestGrid;
import vn.tdc.portal.platform.problem.ProblemException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRateLimitTest {

    private final ManualTimeMeter now = new ManualTimeMeter();

    @Test
    void should_allow_a_burst_of_submissions_then_answer_too_many_requests() {
        // given
        SubmissionRateLimit limit = new SubmissionRateLimit(TestGrid.grid(), TestGrid.uniqueName("submissions"), 2, 10, now);
        limit.check("203.0.113.5");
        limit.check("203.0.113.5");

        // then
        assertThatThrownBy(() -> limit.check("203.0.113.5"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("thử lại sau");
                });
    }

    @Test
    void should_allow_the_configured_number_per_minute_again() {
        // given 6 a minute: one every 10 seconds
        SubmissionRateLimit limit = new SubmissionRateLimit(TestGrid.grid(), TestGrid.uniqueName("submissions"), 1, 6, now);
        limit.check("a");
        assertThatThrownBy(() -> limit.check("a")).isInstanceOf(ProblemException.class);

        // when
        now.advance(Duration.ofSeconds(10));

        // then
        assertThatCode(() -> limit.check("a")).doesNotThrowAnyException();
    }

    @Test
    void should_count_each_client_on_its_own() {
        SubmissionRateLimit limit = new SubmissionRateLimit(TestGrid.grid(), TestGrid.uniqueName("submissions"), 1, 1, now);
        limit.check("open311-key:1");

        assertThatCode(() -> limit.check("open311-key:2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limit.check("open311-key:1")).isInstanceOf(ProblemException.class);
    }

    @Test
    void should_never_refuse_when_the_burst_is_zero() {
        SubmissionRateLimit limit = new SubmissionRateLimit(TestGrid.grid(), TestGrid.uniqueName("submissions"), 0, 10, now);

        assertThatCode(() -> {
            for (int i = 0; i < 500; i++) {
                limit.check("a");
            }
        }).doesNotThrowAnyException();
    }
}
