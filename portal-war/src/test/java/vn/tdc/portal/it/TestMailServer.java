package vn.tdc.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP server the Payara under test sends to: a GreenMail on 127.0.0.1 at a port chosen once per JVM, so that
 * {@link IntegrationDatabase} can hand it to Payara before any test class starts one. An integration test class that
 * sends mail registers one, running while the class runs:
 * {@code @RegisterExtension static final TestMailServer mail = new TestMailServer();}.
 */
public final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

    private static final String HOST = "127.0.0.1";

    private static int port;

    private GreenMail server;

    /** A TCP port of 127.0.0.1 that was free when first asked for; the same for the whole JVM. */
    public static synchronized int port() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free TCP port for the test mail server", e);
            }
        }
        return port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new GreenMail(new ServerSetup(port(), HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The running GreenMail, to read what the portal sent. */
    public GreenMail server() {
        return server;
    }
}
