package vn.tdc.portal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The run command's entry point: starts the embedded MariaDB unless {@code PORTAL_DB_URL} names another server,
 * then runs the portal WAR on Payara Micro in a child JVM and stops both cleanly on Ctrl-C.
 *
 * <p>Settings come from environment variables or system properties of the same name in dotted form
 * ({@code PORTAL_HTTP_PORT} or {@code -Dportal.http.port}).
 */
public final class PortalLauncher {

    private static final Logger LOG = Logger.getLogger(PortalLauncher.class.getName());

    private PortalLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path microJar = Path.of(required("portal.launcher.micro-jar"));
        Path war = Path.of(required("portal.launcher.war"));
        Path dataDir = Path.of(setting("portal.data.dir").orElse(required("portal.launcher.data-dir")))
                .toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        String port = setting("portal.http.port").orElse("8080");
        String httpThreads = setting("portal.http.threads").orElseGet(PortalLauncher::defaultHttpThreads);

        EmbeddedMariaDb embedded = null;
        Map<String, String> childEnv = new java.util.HashMap<>();
        childEnv.put("PORTAL_DATA_DIR", dataDir.toString());
        if (setting("portal.db.url").isEmpty()) {
            embedded = EmbeddedMariaDb.start(dataDir);
            childEnv.put("PORTAL_DB_URL", embedded.jdbcUrl());
            childEnv.put("PORTAL_DB_USER", EmbeddedMariaDb.USER);
            childEnv.put("PORTAL_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        } else {
            LOG.info("Using the database named by portal.db.url");
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(setting("portal.jvm.options").orElse("-Xmx512m"));
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", port, "--nocluster", "--nohazelcast", "--disablephonehome",
                "--maxhttpthreads", httpThreads, "--minhttpthreads", httpThreads));
        if (!"text".equalsIgnoreCase(setting("portal.log.format").orElse("json"))) {
            Path logging = dataDir.resolve("payara-logging.properties");
            try (InputStream in = PortalLauncher.class.getResourceAsStream("/launcher/payara-logging.properties")) {
                Files.copy(in, logging, StandardCopyOption.REPLACE_EXISTING);
            }
            command.addAll(List.of("--logproperties", logging.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(childEnv);
        Process payara = builder.start();

        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database), "portal-shutdown"));
        int exit = payara.waitFor();
        LOG.info(() -> "Payara Micro exited with code " + exit);
        stop(payara, database);
        System.exit(exit);
    }

    private static void stop(Process payara, EmbeddedMariaDb database) {
        if (payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
            LOG.info("Embedded MariaDB stopped");
        }
    }

    /**
     * Few request threads keep latency even on a small machine (requests queue instead of sharing the cores), as
     * long as requests are short: with a language model, whose calls block for seconds, many more are needed.
     */
    private static String defaultHttpThreads() {
        boolean offline = setting("portal.chat.provider").map(p -> p.equalsIgnoreCase("offline")).orElse(true);
        int threads = offline ? Math.max(4, 2 * Runtime.getRuntime().availableProcessors()) : 64;
        return String.valueOf(threads);
    }

    private static Optional<String> setting(String dottedName) {
        String env = System.getenv(dottedName.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        if (env != null && !env.isBlank()) {
            return Optional.of(env);
        }
        return Optional.ofNullable(System.getProperty(dottedName)).filter(v -> !v.isBlank());
    }

    private static String required(String name) {
        return setting(name).orElseThrow(() -> new IllegalStateException("Thiếu cấu hình " + name));
    }
}
