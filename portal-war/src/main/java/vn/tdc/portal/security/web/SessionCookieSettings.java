package vn.tdc.portal.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;

/**
 * The session cookie is {@code Secure} when the portal is served over HTTPS ({@code portal.public-url} starts with
 * {@code https:}), also behind a proxy that ends TLS and talks plain HTTP to the portal; otherwise only a request
 * that came over HTTPS gets it (Payara's default). Its {@code SameSite=Lax} is
 * set where Payara reads it, {@code cookieSameSite} in {@code WEB-INF/glassfish-web.xml} (Payara ignores the
 * attribute in {@code web.xml}); {@code HttpOnly} comes from {@code web.xml}.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("portal.public-url", String.class)
                .orElse("http://localhost:8080");
        if (isHttps(publicUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static boolean isHttps(String publicUrl) {
        return publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
