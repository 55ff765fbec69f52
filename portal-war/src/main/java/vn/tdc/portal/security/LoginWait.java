package vn.tdc.portal.security;

import vn.tdc.portal.platform.web.Messages;

import java.time.Duration;

/** How a throttled login's wait is told: whole seconds for {@code Retry-After}, "45 giây" or "3 phút" for people. */
public final class LoginWait {

    private LoginWait() {
    }

    /** The wait in whole seconds, rounded up, at least 1. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The wait in Vietnamese: seconds under two minutes, otherwise minutes rounded up. */
    public static String text(Duration wait) {
        long seconds = seconds(wait);
        if (seconds < 120) {
            return Messages.format("login.wait.seconds", seconds);
        }
        return Messages.format("login.wait.minutes", (seconds + 59) / 60);
    }
}
