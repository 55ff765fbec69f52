package vn.tdc.portal.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Objects;

/**
 * One plain-text email to one recipient. Checked when created, so that nothing user-supplied can reach the
 * message headers: the recipient must be a single valid address and the subject one line.
 *
 * @param to       the recipient's bare address, e.g. {@code nguyen.van.a@example.com} (no display name, no list)
 * @param subject  one line, any language (sent as UTF-8)
 * @param textBody the plain-text body, any language (sent as UTF-8)
 */
public record OutgoingMail(String to, String subject, String textBody) {

    /** @throws IllegalArgumentException when the recipient is not one valid address or the subject is not one line */
    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        to = to.strip();
        if (hasControlCharacter(to) || !isSingleAddress(to)) {
            throw new IllegalArgumentException("The recipient is not a valid email address");
        }
        if (hasControlCharacter(subject)) {
            throw new IllegalArgumentException("The subject must be one line without control characters");
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("The subject is empty");
        }
    }

    private static boolean isSingleAddress(String address) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(address, true);
            if (parsed.length != 1 || !address.equals(parsed[0].getAddress())) {
                return false; // a list, a group or "Name <address>"
            }
            parsed[0].validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /** The recipient as a log may show it: {@code n***@example.com}. */
    public String maskedRecipient() {
        return mask(to);
    }

    static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /** Keeps the address and the body out of logs and exception messages. */
    @Override
    public String toString() {
        return "OutgoingMail[to=" + maskedRecipient() + ", subject=" + subject + "]";
    }
}
