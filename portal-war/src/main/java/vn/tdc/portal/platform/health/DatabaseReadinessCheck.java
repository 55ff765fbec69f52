package vn.tdc.portal.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.tdc.portal.platform.persistence.DatabaseMigrations;
import vn.tdc.portal.platform.persistence.PortalDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Ready only when the database answers and every migration has been applied without failure. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT COUNT(*), COALESCE(SUM(success = 0), 0), MAX(version) FROM flyway_schema_history")) {
            rs.next();
            long failed = rs.getLong(2);
            String version = rs.getString(3);
            boolean up = migrations.applied() && failed == 0 && version != null;
            return response.status(up).withData("schemaVersion", String.valueOf(version)).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
