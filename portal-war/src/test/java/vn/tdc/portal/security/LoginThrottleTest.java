package vn.tdc.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
            new ConcurrentHashMap<>(), 5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), now::get);

    @Test
    void should_lock_an_account_after_five_wrong_passwords_whatever_the_address() {
        // when
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "203.0.113." + i);
        }

        // then even the right password from anywhere new has to wait
        assertThat(throttle.waitFor("admin", ATTACKER)).hasSeconds(30);
        assertThat(throttle.waitFor("ADMIN ", "192.0.2.1")).hasSeconds(30);
        assertThat(throttle.waitFor("lan", ATTACKER)).isZero();
    }

    @Test
    void should_treat_unknown_user_names_like_accounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("khong-ton-tai", ATTACKER);
        }

        assertThat(throttle.waitFor("khong-ton-tai", ATTACKER)).hasSeconds(30);
    }

    @Test
    void should_lock_a_client_that_tries_many_accounts() {
        // when one address fails twenty times over twenty names
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, ATTACKER);
        }

        // then it waits for any account, other addresses do not
        assertThat(throttle.waitFor("admin", ATTACKER)).hasSeconds(30);
        assertThat(throttle.waitFor("admin", OFFICE)).isZero();
    }

    @Test
    void should_not_let_an_attacker_keep_the_owner_out_of_the_account() {
        // given the owner logged in from the office before
        throttle.succeeded("admin", OFFICE);

        // when an attacker locks the account
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", ATTACKER);
        }

        // then the attacker waits, the owner from the office does not
        assertThat(throttle.waitFor("admin", ATTACKER)).hasSeconds(30);
        assertThat(throttle.waitFor("admin", OFFICE)).isZero();
    }

    @Test
    void should_lift_a_lock_by_itself() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", ATTACKER);
        }

        now.addAndGet(Duration.ofSeconds(30).toMillis());

        assertThat(throttle.waitFor("admin", ATTACKER)).isZero();
    }

    @Test
    void should_forget_an_accounts_failures_after_a_good_login() {
        // given
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", ATTACKER);
        }

        // when
        throttle.succeeded("admin", OFFICE);
        throttle.failed("admin", ATTACKER);

        // then
        assertThat(throttle.waitFor("admin", ATTACKER)).isZero();
    }

    @Test
    void should_not_let_a_good_login_clear_the_clients_failures() {
        // given an attacker who owns one account and tries others
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, ATTACKER);
        }

        // when he logs into his own account in between
        throttle.succeeded("cua-toi", ATTACKER);
        throttle.failed("user19", ATTACKER);

        // then his address is locked all the same
        assertThat(throttle.waitFor("admin", ATTACKER)).hasSeconds(30);
    }
}
