package vn.tdc.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The second node of {@code ClusterIT}: the built WAR on its own Payara Micro JVM (started by the test, not by
 * Arquillian) with the settings of Arquillian's node — same database, same mail server — but its own data directory
 * and HTTP port, in the same Hazelcast cluster ({@link HazelcastCluster}, node 1), the WAR deployed under the same
 * name as on node A ({@code ROOT.war}): Payara keeps sessions per application. Its output goes to
 * {@code node-b.log} in its directory. {@link #kill()} ends it as a crash does (kill -9); {@link #close()} too.
 */
final class SecondPortalNode implements AutoCloseable {

    private static final Duration READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("payara.startupTimeoutInSeconds", 300));

    private final Process process;
    private final URI base;
    private final Path log;

    private SecondPortalNode(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the node and waits until its {@code /health/ready} answers 200. */
    static SecondPortalNode start() {
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("node-b");
        int port = HazelcastCluster.freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(IntegrationDatabase.payaraJvmOptions(dir.resolve("data")));
        try {
            Files.createDirectories(dir);
            // the name Arquillian deploys node A's WAR under: Payara keeps sessions per application
            Path war = Files.copy(Path.of(System.getProperty("portal.war", "target/portal.war")),
                    dir.resolve(PortalDeployment.NAME), StandardCopyOption.REPLACE_EXISTING);
            command.addAll(List.of("-jar", microJar().toString(), "--deploy", war.toAbsolutePath().toString(),
                    "--contextroot", "/", "--port", Integer.toString(port), "--name", "node-b"));
            command.addAll(IntegrationDatabase.payaraMicroOptions());
            command.addAll(HazelcastCluster.settings().nodeOptions(1));
            Path log = dir.resolve("node-b.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // never outlives the test JVM, whatever ends it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "node-b-stop"));
            SecondPortalNode node = new SecondPortalNode(process, URI.create("http://127.0.0.1:" + port + "/"), log);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path microJar() {
        String jar = System.getProperty("payara.microJar", System.getenv("MICRO_JAR"));
        if (jar == null) {
            throw new IllegalStateException("payara.microJar or MICRO_JAR must name payara-micro.jar");
        }
        return Path.of(jar).toAbsolutePath();
    }

    /** {@code http://127.0.0.1:port/} of this node. */
    URI base() {
        return base;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node B ended with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        kill();
        throw new IllegalStateException("node B was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the node at once, as a crash does: no shutdown, nothing handed over to the cluster. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("node B did not end after kill -9");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
