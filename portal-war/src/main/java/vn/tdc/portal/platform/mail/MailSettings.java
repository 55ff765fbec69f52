package vn.tdc.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Where outgoing email goes, read once through MicroProfile Config (defaults in
 * META-INF/microprofile-config.properties). No {@code portal.mail.smtp.host} means email is disabled: messages are
 * only logged. MicroProfile Config treats an empty value as "not set", so the settings that may be empty are
 * injected as {@link Optional}.
 */
@ApplicationScoped
public class MailSettings {

    static final int DEFAULT_PORT = 25;
    static final String DEFAULT_FROM = "no-reply@localhost";
    static final String DEFAULT_FROM_NAME = "Cổng TĐC phường, xã";
    static final int DEFAULT_TIMEOUT_MS = 10_000;

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean starttls;
    private final InternetAddress from;
    private final int timeoutMillis;

    /** For the CDI client proxy only. */
    protected MailSettings() {
        this(Optional.empty(), DEFAULT_PORT, Optional.empty(), Optional.empty(), false, DEFAULT_FROM, DEFAULT_FROM_NAME,
                DEFAULT_TIMEOUT_MS);
    }

    /**
     * @param fromAddress the sender's address; may also be {@code "Name <address>"}
     * @param fromName    the sender's display name (any language, encoded as RFC 2047 UTF-8); when not blank it
     *                    replaces a name in {@code fromAddress}
     * @throws IllegalArgumentException when a value cannot work (bad port, timeout or sender address)
     */
    @Inject
    public MailSettings(
            @ConfigProperty(name = "portal.mail.smtp.host") Optional<String> host,
            @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25") int port,
            @ConfigProperty(name = "portal.mail.smtp.username") Optional<String> username,
            @ConfigProperty(name = "portal.mail.smtp.password") Optional<String> password,
            @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "false") boolean starttls,
            @ConfigProperty(name = "portal.mail.from", defaultValue = DEFAULT_FROM) String fromAddress,
            @ConfigProperty(name = "portal.mail.from-name", defaultValue = DEFAULT_FROM_NAME) String fromName,
            @ConfigProperty(name = "portal.mail.timeout-ms", defaultValue = "10000") int timeoutMillis) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("portal.mail.smtp.port must be 1-65535, not " + port);
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("portal.mail.timeout-ms must be positive, not " + timeoutMillis);
        }
        this.host = host.map(String::strip).orElse("");
        this.port = port;
        this.username = username.orElse("");
        this.password = password.orElse("");
        this.starttls = starttls;
        this.from = sender(fromAddress,
                Optional.ofNullable(fromName).map(String::strip).filter(name -> !name.isEmpty()));
        this.timeoutMillis = timeoutMillis;
    }

    private static InternetAddress sender(String address, Optional<String> name) {
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            parsed.validate();
            String personal = name.orElse(parsed.getPersonal());
            // the three-argument constructor encodes a non-ASCII name as an RFC 2047 UTF-8 encoded-word
            return new InternetAddress(parsed.getAddress(), personal, StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("portal.mail.from is not a valid email address: " + e.getMessage(), e);
        }
    }

    /** False when no SMTP server is configured: mail is then only logged, never sent. */
    public boolean enabled() {
        return !host.isEmpty();
    }

    /** The SMTP server's host name; empty when email is disabled. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean starttls() {
        return starttls;
    }

    /** The sender (a copy: {@link InternetAddress} is mutable). */
    public InternetAddress from() {
        return (InternetAddress) from.clone();
    }

    /** Connect, read and write timeout of the SMTP connection. */
    public int timeoutMillis() {
        return timeoutMillis;
    }

    boolean authenticates() {
        return !username.isEmpty();
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    /** The Jakarta Mail session properties of these settings (no credentials). */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        if (starttls) {
            // required, not just enabled: never fall back to sending (and authenticating) in clear text
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "MailSettings[" + (enabled() ? host + ":" + port : "disabled")
                + ", starttls=" + starttls + ", auth=" + authenticates() + ", from=" + from.getAddress() + "]";
    }
}
