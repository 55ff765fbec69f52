package vn.tdc.portal.security;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * A login made on the login page, as the session keeps it: the caller's name and groups. It is a plain session
 * attribute so that it travels with the session to every node of the cluster (the WAR is {@code <distributable/>}
 * and Payara keeps sessions in its Hazelcast grid); the container's own session login (Jakarta Authentication's
 * {@code registerSession}) is not an attribute and is not relied on. Logging out invalidates the session and so this
 * attribute.
 */
public record SessionLogin(String caller, Set<String> groups) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = SessionLogin.class.getName();

    public SessionLogin {
        groups = Set.copyOf(groups);
    }

    /** The login the session holds, or null when there is no session or nobody logged in with it. */
    static SessionLogin of(HttpSession session) {
        if (session == null) {
            return null;
        }
        return session.getAttribute(ATTRIBUTE) instanceof SessionLogin login ? login : null;
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
