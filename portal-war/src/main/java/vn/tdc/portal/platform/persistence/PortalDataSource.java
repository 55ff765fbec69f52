package vn.tdc.portal.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one connection pool of the portal: MySQL Connector/J against MariaDB or MySQL, configured through
 * MicroProfile Config ({@code portal.db.url}, {@code portal.db.user}, {@code portal.db.password}).
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "characterEncoding=UTF-8",
                "connectionTimeZone=UTC",
                "cachePrepStmts=true",
                "useLocalSessionState=true",
                "useLocalTransactionState=true"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
