package vn.tdc.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import vn.tdc.mariadb.EmbeddedMariaDb;

/**
 * The run command's entry point: starts the embedded MariaDB unless {@code PORTAL_DB_URL} names another server
 * (a node of a cluster, {@link ClusterSettings}, requires one: all nodes share it), then runs the portal WAR on Payara Micro in a child JVM ({@code -XX:+ExitOnOutOfMemoryError}), starts it again when
 * it dies unexpectedly ({@link PayaraSupervisor}, {@link RestartPolicy}) and stops both cleanly on Ctrl-C.
 *
 * <p>Settings come from environment variables or system properties of the same name in dotted form
 * ({@code PORTAL_HTTP_PORT} or {@code -Dportal.http.port}).
 */
public final class PortalLauncher {

    private static final Logger LOG = Logger.getLogger(PortalLauncher.class.getName());
    static final String DEFAULT_JVM_OPTIONS = "-Xmx512m";
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";
    static final String SHARED_DATABASE_REQUIRED = "portal.cluster.members được đặt nên nút này thuộc một cụm: mọi nút "
            + "phải dùng chung một cơ sở dữ liệu, hãy đặt PORTAL_DB_URL (và PORTAL_DB_USER, PORTAL_DB_PASSWORD); "
            + "không khởi động MariaDB nhúng. / portal.cluster.members is set, so this node is part of a cluster: all "
            + "nodes need one shared database, set PORTAL_DB_URL (and PORTAL_DB_USER, PORTAL_DB_PASSWORD); the "
            + "embedded MariaDB is not started.";

    private PortalLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path microJar = Path.of(required("portal.launcher.micro-jar"));
        Path war = Path.of(required("portal.launcher.war"));
        Path dataDir = Path.of(setting("portal.data.dir").orElseGet(() -> required("portal.launcher.data-dir")))
                .toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        String port = setting("portal.http.port").orElse("8080");
        String httpThreads = setting("portal.http.threads").orElseGet(PortalLauncher::defaultHttpThreads);
        ClusterSettings cluster;
        try {
            cluster = ClusterSettings.read(PortalLauncher::setting);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            System.exit(2);
            return;
        }

        EmbeddedMariaDb embedded = null;
        Map<String, String> childEnv = new java.util.HashMap<>();
        childEnv.put("PORTAL_DATA_DIR", dataDir.toString());
        Optional<String> storageDir = setting("portal.storage.dir");
        if (storageDir.isPresent()) {
            Path storage = Path.of(storageDir.get()).toAbsolutePath().normalize();
            Files.createDirectories(storage);
            childEnv.put("PORTAL_STORAGE_DIR", storage.toString());
        }
        if (setting("portal.db.url").isEmpty()) {
            if (cluster.clustered()) {
                LOG.severe(SHARED_DATABASE_REQUIRED);
                System.exit(2);
            }
            embedded = EmbeddedMariaDb.start(dataDir);
            childEnv.put("PORTAL_DB_URL", embedded.jdbcUrl());
            childEnv.put("PORTAL_DB_USER", EmbeddedMariaDb.USER);
            childEnv.put("PORTAL_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        } else {
            for (String name : List.of("portal.db.url", "portal.db.user", "portal.db.password")) {
                setting(name).ifPresent(value -> childEnv.put(environmentName(name), value));
            }
            LOG.info("Using the database named by portal.db.url");
        }
        if (cluster.clustered()) {
            LOG.info(() -> String.format("Nút của cụm '%s' (cluster node), thành viên Hazelcast: %s",
                    cluster.name(), String.join(", ", cluster.members())));
        }

        List<String> command = payaraCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                setting("portal.jvm.options").orElse(DEFAULT_JVM_OPTIONS), microJar, war, port, httpThreads, cluster,
                copyResource("payara-preboot.asadmin", dataDir));
        if (!"text".equalsIgnoreCase(setting("portal.log.format").orElse("json"))) {
            command.addAll(List.of("--logproperties",
                    copyResource("payara-logging.properties", dataDir).toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectErrorStream(true);
        builder.environment().putAll(childEnv);
        AtomicBoolean booted = new AtomicBoolean();
        int httpPort = Integer.parseInt(port);
        PayaraSupervisor supervisor = new PayaraSupervisor(() -> startRelayed(builder, booted), RestartPolicy.defaults(),
                Clock.systemUTC(), restarted -> watchRestart(restarted, httpPort, booted));

        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(supervisor, database), "portal-shutdown"));
        long started = System.nanoTime();
        Process payara = supervisor.start();
        ReadinessWatch.Outcome outcome = new ReadinessWatch(httpPort).await(payara, booted::get, Duration.ofMinutes(5));
        switch (outcome) {
            case READY -> LOG.info(() -> String.format("Cổng thông tin đã sẵn sàng tại http://localhost:%s/ (%.1f s)",
                    port, (System.nanoTime() - started) / 1e9));
            case DEPLOY_FAILED, TIMED_OUT -> {
                LOG.severe("Cổng thông tin không khởi động được (" + outcome + "): xem các dòng SEVERE phía trên.");
                stop(supervisor, database);
                System.exit(1);
            }
            case PROCESS_ENDED -> LOG.severe("Payara Micro đã dừng trước khi cổng thông tin sẵn sàng.");
        }
        int exit = outcome == ReadinessWatch.Outcome.PROCESS_ENDED ? payara.waitFor() : supervisor.supervise();
        stop(supervisor, database);
        System.exit(exit);
    }

    /**
     * Payara Micro's command line (without the logging properties): the portal at {@code /}, no phone-home, as many
     * request threads as asked (fixed pool), the pre-boot commands, and either {@code --nocluster} (a single node,
     * whose Hazelcast data grid has this one member) or the cluster's options ({@link ClusterSettings}). Hazelcast is
     * never turned off: the portal keeps sessions and rate limits in it.
     */
    static List<String> payaraCommand(Path java, String jvmOptions, Path microJar, Path war, String port,
                                      String httpThreads, ClusterSettings cluster, Path prebootCommands) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions(jvmOptions));
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", port, "--disablephonehome",
                "--maxhttpthreads", httpThreads, "--minhttpthreads", httpThreads,
                "--prebootcommandfile", prebootCommands.toString()));
        command.addAll(cluster.payaraOptions());
        return command;
    }

    /**
     * The options of Payara's JVM: {@code -XX:+ExitOnOutOfMemoryError} first, so that after any
     * {@code OutOfMemoryError} the process ends (and is started again) instead of lingering with dead threads, then
     * the configured options split at white space (a later {@code -XX:-ExitOnOutOfMemoryError} there turns it off).
     */
    static List<String> jvmOptions(String configured) {
        List<String> options = new ArrayList<>();
        options.add(EXIT_ON_OUT_OF_MEMORY);
        for (String option : configured.strip().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    private static Process startRelayed(ProcessBuilder builder, AtomicBoolean booted) throws IOException {
        booted.set(false);
        Process payara = builder.start();
        Thread relay = new Thread(() -> relay(payara, booted), "payara-output");
        relay.setDaemon(true);
        relay.start();
        return payara;
    }

    /** A restarted Payara that does not become ready is ended, which counts as one more death. */
    private static void watchRestart(Process payara, int port, AtomicBoolean booted) {
        Thread watch = new Thread(() -> {
            long started = System.nanoTime();
            try {
                ReadinessWatch.Outcome outcome = new ReadinessWatch(port).await(payara, booted::get, Duration.ofMinutes(5));
                if (outcome == ReadinessWatch.Outcome.READY) {
                    LOG.info(() -> String.format("Cổng thông tin đã khởi động lại và sẵn sàng (%.1f s).",
                            (System.nanoTime() - started) / 1e9));
                } else if (outcome != ReadinessWatch.Outcome.PROCESS_ENDED) {
                    LOG.severe("Cổng thông tin khởi động lại không thành công (" + outcome + "): dừng Payara Micro.");
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "payara-restart-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * A file of the launcher (Payara's logging properties, its pre-boot commands), next to this class on the classpath,
     * copied into the data directory, where Payara Micro can read it.
     */
    private static Path copyResource(String resource, Path dir) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = PortalLauncher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing launcher resource " + resource);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Copies Payara's output to ours and notes the line that says it finished booting. */
    private static void relay(Process payara, AtomicBoolean booted) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    booted.set(true);
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "Payara output closed: " + e.getMessage());
        }
    }

    private static void stop(PayaraSupervisor supervisor, EmbeddedMariaDb database) {
        supervisor.stop();
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
        String env = System.getenv(environmentName(dottedName));
        if (env != null && !env.isBlank()) {
            return Optional.of(env);
        }
        return Optional.ofNullable(System.getProperty(dottedName)).filter(v -> !v.isBlank());
    }

    /** {@code portal.db.url} → {@code PORTAL_DB_URL}. */
    static String environmentName(String dottedName) {
        return dottedName.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static String required(String name) {
        return setting(name).orElseThrow(() -> new IllegalStateException("Thiếu cấu hình " + name));
    }
}
