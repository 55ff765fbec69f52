package vn.tdc.portal.platform.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Mail delivery to a real SMTP server (GreenMail, in this JVM, on a free port of 127.0.0.1). */
class MailSenderTest {

    private static final String RECIPIENT = "nguyen.van.a@example.com";
    private static final String MASKED_RECIPIENT = "n***@example.com";
    private static final String SUBJECT = "Phản ánh PA-2026-7KQ3XZ4M đã được cập nhật";
    private static final String BODY = "Kính gửi ông/bà Nguyễn Văn A,\n"
            + "Phản ánh PA-2026-7KQ3XZ4M về cân điện tử ở chợ Đồng Xoài đã được cập nhật: "
            + "đoàn kiểm tra đã kiểm định lại và niêm phong cân.\n"
            + "Trân trọng.";
    private static final String FROM_NAME = "Cổng TĐC phường, xã";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final Logger senderLog = Logger.getLogger(MailSender.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        senderLog.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        senderLog.removeHandler(capture);
    }

    @Test
    void should_deliver_vietnamese_subject_and_body() throws Exception {
        // given
        MailSender sender = new MailSender(settings("127.0.0.1", SMTP.getSmtp().getPort(), 5_000));

        // when
        sender.send(new OutgoingMail(RECIPIENT, SUBJECT, BODY));

        // then
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly(RECIPIENT);
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getHeader("Subject", null)).startsWithIgnoringCase("=?UTF-8?");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@localhost");
        assertThat(from.getPersonal()).isEqualTo(FROM_NAME);
        assertThat(received.getHeader("From", null)).containsIgnoringCase("=?UTF-8?").endsWith("<no-reply@localhost>");
        assertThat(received.getSentDate().toInstant()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
    }

    @Test
    void should_refuse_header_injection_in_subject() {
        // given
        String injected = SUBJECT + "\r\nBcc: attacker@example.com";

        // when / then
        assertThatThrownBy(() -> new OutgoingMail(RECIPIENT, injected, BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> new OutgoingMail(RECIPIENT, "Phản ánh\nBcc: attacker@example.com", BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail(RECIPIENT + "\r\nBcc: attacker@example.com", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail(RECIPIENT + ", attacker@example.com", SUBJECT, BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_not_fail_when_no_smtp_server_configured() {
        // given
        MailSender sender = new MailSender(settings(null, 25, 5_000));

        // when
        assertThatCode(() -> sender.send(new OutgoingMail(RECIPIENT, SUBJECT, BODY))).doesNotThrowAnyException();

        // then
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getMessage())
                    .contains("not sent (no SMTP server configured)")
                    .contains(MASKED_RECIPIENT)
                    .doesNotContain(RECIPIENT);
        });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_raise_delivery_error_when_server_is_down() throws IOException {
        // given
        MailSender sender = new MailSender(settings("127.0.0.1", closedPort(), 1_000));
        OutgoingMail mail = new OutgoingMail(RECIPIENT, SUBJECT, BODY);

        // when / then
        assertThatThrownBy(() -> sender.send(mail))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining(MASKED_RECIPIENT)
                .hasMessageNotContaining(RECIPIENT)
                .hasCauseInstanceOf(MessagingException.class);
    }

    @Test
    void should_give_up_after_the_timeout_when_server_never_answers() throws IOException {
        // given: a socket that accepts connections (in the kernel's backlog) but never greets
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            MailSender sender = new MailSender(settings("127.0.0.1", silent.getLocalPort(), 500));
            OutgoingMail mail = new OutgoingMail(RECIPIENT, SUBJECT, BODY);
            long start = System.nanoTime();

            // when / then
            assertThatThrownBy(() -> sender.send(mail)).isInstanceOf(MailDeliveryException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void should_only_warn_in_one_line_when_background_delivery_fails() throws IOException {
        // given
        MailSender sender = new MailSender(settings("127.0.0.1", closedPort(), 1_000));

        // when
        assertThatCode(() -> sender.sendOrWarn(new OutgoingMail(RECIPIENT, SUBJECT, BODY))).doesNotThrowAnyException();

        // then
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getThrown()).isNull();
            assertThat(record.getMessage()).contains(MASKED_RECIPIENT).doesNotContain(RECIPIENT).doesNotContain("\n");
        });
    }

    private static MailSettings settings(String host, int port, int timeoutMillis) {
        return new MailSettings(Optional.ofNullable(host), port, Optional.empty(), Optional.empty(), false,
                "no-reply@localhost", FROM_NAME, timeoutMillis);
    }

    /** A port of 127.0.0.1 that nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
