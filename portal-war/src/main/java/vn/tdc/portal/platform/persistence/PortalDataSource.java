package vn.tdc.portal.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one connection pool of the portal: MySQL Connector/J against MariaDB or MySQL, configured through
 * MicroProfile Config ({@code portal.db.url}, {@code portal.db.user}, {@code portal.db.password}).
 *
 * <p>After the database was away (restarted, failed over, its connections killed), the pool heals by itself: a
 * connection is checked before it is handed out (at most every 5 s each), one broken connection makes the pool drop
 * all of them, and waiting is bounded — a connection attempt gives up after 5 s, a query after 60 s, a request waiting
 * for a free connection after 10 s — so requests fail fast (the readiness check answers DOWN) instead of hanging.
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
                "useLocalTransactionState=true",
                "connectTimeout=5000",
                "socketTimeout=60000",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
