package vn.tdc.portal.platform.mail;

/** The SMTP server could not be reached or refused a message. The message names the recipient masked only. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
