package vn.tdc.portal.unit.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The ward a resident last chose, kept in the cookie {@value #NAME} (the ward's slug) for a year: the platform's home
 * offers to go on with it and old single-ward addresses lead to it. Not a secret and read by no script, so neither
 * {@code HttpOnly} nor a session is needed; {@code SameSite=Lax}.
 */
public final class WardCookie {

    public static final String NAME = "phuong-xa";
    static final int MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

    private WardCookie() {
    }

    /** The slug the request's cookie holds, if any. */
    public static Optional<String> slugOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The {@code Set-Cookie} value that remembers {@code slug} (a ward's slug: letters, digits and hyphens). */
    public static String header(String slug, String contextPath, boolean secure) {
        return NAME + "=" + slug + "; Max-Age=" + MAX_AGE_SECONDS + "; Path=" + (contextPath.isEmpty() ? "/" : contextPath)
                + "; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
