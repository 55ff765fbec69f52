package vn.tdc.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the balancer in front of the nodes, on loopback: it passes TCP connections through, byte for byte,
 * to the one node it currently sends to, so that the browser sees one address (one origin, one cookie jar) whichever
 * node answers. {@link #sendTo} moves it to another node, as a balancer does when a node dies, and closes the
 * connections it holds, so that the next request opens a connection to the new node.
 */
final class LoopbackBalancer implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile int nodePort;

    private LoopbackBalancer(int nodePort) throws IOException {
        this.nodePort = nodePort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "balancer-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A balancer that sends every connection to the node listening on {@code nodePort}. */
    static LoopbackBalancer to(int nodePort) {
        try {
            return new LoopbackBalancer(nodePort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:port/} of the balancer. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    void sendTo(int port) {
        nodePort = port;
        connections.forEach(LoopbackBalancer::closeQuietly);
        connections.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                Socket node = new Socket(InetAddress.getLoopbackAddress(), nodePort);
                connections.add(client);
                connections.add(node);
                pump(client, node);
                pump(node, client);
            } catch (IOException e) {
                closeQuietly(client); // the node is down: the browser sees the connection refused
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                connections.remove(from);
                connections.remove(to);
            }
        }, "balancer-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sendTo(nodePort);
    }
}
