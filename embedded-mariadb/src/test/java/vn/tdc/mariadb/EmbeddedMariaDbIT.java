package vn.tdc.mariadb;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's embedded MariaDB: a real server whose data survives a stop and a new start. */
class EmbeddedMariaDbIT {

    private static final String TEXT = "Đo lường – cân thiếu ở chợ Đông Cứu";

    private final Path dataDir = Path.of(System.getProperty("portal.it.dir", "target/it"))
            .toAbsolutePath().resolve("embedded-restart");

    @BeforeEach
    void emptyDataDirectory() throws IOException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void should_keep_its_data_across_a_stop_and_a_new_start() throws SQLException {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
             Connection connection = connect(db);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(200)) DEFAULT CHARSET = utf8mb4");
            statement.execute("INSERT INTO note VALUES ('" + TEXT + "')");
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
             Connection connection = connect(db);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT text, COUNT(*) FROM note GROUP BY text")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(TEXT);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }
}
