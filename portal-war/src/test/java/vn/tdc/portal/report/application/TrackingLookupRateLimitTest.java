package vn.tdc.portal.report.application;

import vn.tdc.portal.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.ManualTimeMeter;
import vn.tdc.portal.platform.cluster.TestGrid;
import vn.tdc.portal.platform.problem.ProblemException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingLookupRateLimitTest {

    private final ManualTimeMeter now = new ManualTimeMeter();
    private final TrackingLookupRateLimit limit = new TrackingLookupRateLimit(TestGrid.grid(), TestGrid.uniqueName("lookups"), 3, 10, now);

    @Test
    void should_refuse_a_client_that_tries_codes_in_bulk() {
        // given
        for (int i = 0; i < 3; i++) {
            limit.check("203.0.113.5");
        }

        // then
        assertThatThrownBy(() -> limit.check("203.0.113.5")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("tra cứu quá nhiều lần");
        });
        assertThatCode(() -> limit.check("198.51.100.2")).doesNotThrowAnyException();
    }

    @Test
    void should_let_the_client_look_up_again_after_a_while() {
        for (int i = 0; i < 3; i++) {
            limit.check("203.0.113.5");
        }

        now.advance(Duration.ofSeconds(6));

        assertThatCode(() -> limit.check("203.0.113.5")).doesNotThrowAnyException();
    }
}
