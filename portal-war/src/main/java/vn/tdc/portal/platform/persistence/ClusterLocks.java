package vn.tdc.portal.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that one node of a cluster does at a time (scheduled jobs every node runs): a MariaDB/MySQL named lock,
 * {@code GET_LOCK(name, 0)}, taken on one connection, held while the work runs and released on the same connection
 * ({@code RELEASE_LOCK}). A node that finds the lock held skips the work (another node is doing it). The server
 * releases the lock when the connection ends, so a node that dies holding it does not block the others. Named locks
 * belong to the server, not to a database, so the lock is {@code <name>@<database>} (at most 64 characters): two
 * installs on one server (the tests' databases) do not wait for each other.
 */
@ApplicationScoped
public class ClusterLocks {

    /**
     * Held by the node that fills an empty database at its first start (the first administrator, the seed
     * articles), so that nodes started together fill it once.
     */
    public static final String FIRST_START = "tdc.first-start";
    /** How long a starting node waits for another one filling the database. */
    public static final Duration FIRST_START_WAIT = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(ClusterLocks.class.getName());
    private static final String LOCK_NAME = "LEFT(CONCAT(?, '@', DATABASE()), 64)";

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Runs the work if no node holds the lock {@code name}; empty when one does. The work runs outside any
     * transaction of the lock's connection (it opens its own).
     */
    public <T> Optional<T> ifFree(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, name)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                release(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("named lock " + name + " failed", e);
        }
    }

    /**
     * Runs the work once this node holds the lock {@code name}, waiting up to {@code wait} for another node to finish
     * its own run of it (work every node does once, like filling an empty database at the first start: the second
     * node then finds the first one's rows). The work must commit its own transactions before it returns.
     *
     * @throws IllegalStateException when another node has held the lock longer than {@code wait}
     */
    public <T> T whenHeld(String name, Duration wait, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, name, wait)) {
                throw new IllegalStateException("named lock " + name + " still held by another node after " + wait);
            }
            try {
                return work.get();
            } finally {
                release(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("named lock " + name + " failed", e);
        }
    }

    private static boolean lock(Connection connection, String name) throws SQLException {
        return lock(connection, name, Duration.ZERO);
    }

    private static boolean lock(Connection connection, String name, Duration wait) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + LOCK_NAME + ", ?)")) {
            statement.setString(1, name);
            statement.setLong(2, wait.toSeconds());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection, String name) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(" + LOCK_NAME + ")")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        } catch (SQLException e) {
            // the connection is broken: the server has ended its session and with it the lock
            LOG.log(Level.WARNING, "Releasing the named lock " + name + " failed", e);
        }
    }
}
