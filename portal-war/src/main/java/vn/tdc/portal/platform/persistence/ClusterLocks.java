package vn.tdc.portal.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static boolean lock(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + LOCK_NAME + ", 0)")) {
            statement.setString(1, name);
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
