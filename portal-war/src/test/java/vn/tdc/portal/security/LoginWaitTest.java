package vn.tdc.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginWaitTest {

    @Test
    void should_round_the_wait_up_to_whole_seconds() {
        assertThat(LoginWait.seconds(Duration.ofMillis(29_001))).isEqualTo(30);
        assertThat(LoginWait.seconds(Duration.ofMillis(1))).isEqualTo(1);
    }

    @Test
    void should_tell_people_the_wait_in_seconds_or_minutes() {
        assertThat(LoginWait.text(Duration.ofSeconds(30))).isEqualTo("30 giây");
        assertThat(LoginWait.text(Duration.ofSeconds(150))).isEqualTo("3 phút");
    }
}
