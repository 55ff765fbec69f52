package vn.tdc.portal.security.web;

/** Where to go after login: only a path inside the portal, never another site (open-redirect protection). */
final class SafeRedirect {

    private SafeRedirect() {
    }

    static String target(String next) {
        return target(next, "/");
    }

    /** {@code next} when it is a safe path inside the portal, otherwise {@code fallback}. */
    static String target(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.contains("\r") || next.contains("\n") || next.startsWith("/dang-nhap")) {
            return fallback;
        }
        return next;
    }
}
