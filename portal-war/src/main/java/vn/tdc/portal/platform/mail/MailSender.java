package vn.tdc.portal.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Sends plain-text UTF-8 email through the SMTP server of {@link MailSettings}. Without a configured server every
 * message is only logged (recipient masked), so development and test machines need no mail server.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final MailSettings settings;
    /** Null when email is disabled. */
    private final Session session;

    /** For the CDI client proxy only. */
    protected MailSender() {
        this.settings = null;
        this.session = null;
    }

    @Inject
    public MailSender(MailSettings settings) {
        this.settings = settings;
        this.session = settings.enabled() ? Session.getInstance(settings.sessionProperties()) : null;
    }

    /**
     * Sends the mail now, in the caller's thread; each connect, read and write of the SMTP conversation gives up after
     * the configured timeout. Only logs it when no SMTP server is configured.
     *
     * @throws MailDeliveryException when the server cannot be reached or refuses the message
     */
    public void send(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        if (session == null) {
            LOG.info(() -> "Email to " + mail.maskedRecipient() + " not sent (no SMTP server configured): "
                    + mail.subject());
            return;
        }
        try {
            MimeMessage message = message(mail);
            if (settings.authenticates()) {
                Transport.send(message, settings.username(), settings.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException("Email to " + mail.maskedRecipient() + " not delivered by "
                    + settings.host() + ":" + settings.port() + ": " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * Sends the mail in the background (the container's default managed executor) and never fails the caller: for
     * callers whose work is already committed. A failed delivery is logged as one WARNING line.
     */
    public void sendLater(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        try {
            executor.execute(() -> sendOrWarn(mail));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Email to " + mail.maskedRecipient() + " not sent (executor refused it: "
                    + oneLine(e.getMessage()) + ")");
        }
    }

    /** The background task of {@link #sendLater}. */
    void sendOrWarn(OutgoingMail mail) {
        try {
            send(mail);
        } catch (MailDeliveryException e) {
            LOG.warning(e.getMessage());
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(settings.from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setText(mail.textBody(), UTF_8); // text/plain; charset=UTF-8
        message.setSentDate(new Date());
        return message;
    }

    /** Jakarta Mail puts nested causes on extra lines; a log line stays one line. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
