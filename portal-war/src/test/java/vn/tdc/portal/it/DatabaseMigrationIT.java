package vn.tdc.portal.it;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdc.mariadb.EmbeddedMariaDb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The province platform's migration (V6) on a database of the single-ward version: a database migrated to V5 and
 * filled as that version fills it — staff, a report with its event and photo, an article with its revision, an
 * uploaded document — is migrated to the current schema, and nothing is lost: every row is still there and
 * unchanged, belongs to the default ward (xã Đông Cứu), and the administrators become the platform's; every ward gets
 * the departments the catalogue still offers (V11); the search change log (V13) is there, empty.
 * Runs on the MariaDB of 127.0.0.1:3306 when there is one (its own database), else on an embedded MariaDB.
 */
class DatabaseMigrationIT {

    private static final String DATABASE = "portal_it_migration";
    private static final long DEFAULT_WARD = 101;
    private static final long ROOT = 1;

    private static EmbeddedMariaDb embedded;
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        if (reachable()) {
            try (Connection root = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?sslMode=DISABLED", "root", "");
                 Statement statement = root.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            url = "jdbc:mysql://127.0.0.1:3306/" + DATABASE + "?sslMode=DISABLED";
            user = "root";
            password = "";
        } else {
            embedded = EmbeddedMariaDb.start(Path.of("target/it/migration-db").toAbsolutePath());
            url = embedded.jdbcUrl();
            user = EmbeddedMariaDb.USER;
            password = EmbeddedMariaDb.PASSWORD;
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + EmbeddedMariaDb.DATABASE);
                statement.execute("CREATE DATABASE " + EmbeddedMariaDb.DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    @AfterAll
    static void stopEmbedded() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure(DatabaseMigrationIT.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(MigrationVersion.fromVersion(target))).load();
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void should_move_a_single_ward_install_into_its_ward_without_losing_a_row() throws SQLException {
        // given a database of the single-ward version (schema 5) with its data
        flyway("5").migrate();
        String reportColumns = "id, tracking_code, kind_code, status, place_name, description, contact_phone, due_date";
        List<String> reportsBefore;
        List<String> usersBefore;
        List<String> articlesBefore;
        List<String> documentsBefore;
        try (Connection connection = connect()) {
            execute(connection,
                    "INSERT INTO app_user (id, username, full_name, password_hash) VALUES"
                            + " (1, 'admin', 'Quản trị viên', 'h1'), (2, 'canbo', 'Nguyễn Văn Cán Bộ', 'h2'),"
                            + " (3, 'bientap', 'Trần Thị Biên Tập', 'h3')",
                    "INSERT INTO app_user_role (user_id, role) VALUES (1, 'ADMIN'), (2, 'OFFICER'), (3, 'EDITOR')",
                    "UPDATE report_department SET active = FALSE WHERE code = 'phong-vh-xh'",
                    "INSERT INTO report (id, tracking_code, kind_code, status, department_code, channel, place_name,"
                            + " description, attribute_values, contact_phone, submitted_at, due_date, updated_at) VALUES"
                            + " (7, 'PA-2026-ABCDEFGH', 'can-thieu', 'dang-xac-minh', 'phong-kinh-te', 'WEB',"
                            + " 'Sạp 12 chợ Đông Cứu', 'Cân thiếu 2 lạng.', '{}', '0912345678',"
                            + " '2026-11-20 01:30:00', '2026-12-04', '2026-11-21 02:00:00')",
                    "INSERT INTO report_event (report_id, occurred_at, actor, type, to_status, public_text) VALUES"
                            + " (7, '2026-11-20 01:30:00', 'nguoi-dan', 'SUBMITTED', 'moi', 'Đã tiếp nhận')",
                    "INSERT INTO report_photo (report_id, sha256, format, size_bytes, width, height, added_at) VALUES"
                            + " (7, REPEAT('a', 64), 'JPEG', 1000, 10, 10, '2026-11-20 01:30:00')",
                    "INSERT INTO article (id, slug, title, summary, body_html, category_code, author, status,"
                            + " published_at, created_by, created_at, updated_by, updated_at) VALUES"
                            + " (5, 'can-doi-chung', 'Cân đối chứng', 'Tóm tắt', '<p>Nội dung</p>', 'do-luong',"
                            + " 'Trung tâm', 'published', '2026-11-05 01:00:00', 'bientap', '2026-11-05 01:00:00',"
                            + " 'bientap', '2026-11-05 01:00:00')",
                    "INSERT INTO article_revision (article_id, number, title, summary, body_html, category_code,"
                            + " tags, cover_alt, author, status, saved_by, saved_at) VALUES (5, 1, 'Cân đối chứng',"
                            + " 'Tóm tắt', '<p>Nội dung</p>', 'do-luong', '', '', 'Trung tâm', 'draft', 'bientap',"
                            + " '2026-11-05 01:00:00')",
                    "INSERT INTO legal_document (id, kind, issuer, title, content, file_type, file_size, file_sha256,"
                            + " created_by, updated_by) VALUES ('ke-hoach-xa', 'KE_HOACH', 'UBND xã Đông Cứu',"
                            + " 'Kế hoạch', 'Nội dung kế hoạch', 'TEXT', 17, REPEAT('b', 64), 'admin', 'admin')");
            reportsBefore = rows(connection, "SELECT " + reportColumns + " FROM report ORDER BY id");
            usersBefore = rows(connection, "SELECT id, username, full_name, password_hash FROM app_user ORDER BY id");
            articlesBefore = rows(connection, "SELECT id, slug, title, body_html, status FROM article ORDER BY id");
            documentsBefore = rows(connection, "SELECT id, title, content FROM legal_document ORDER BY id");
        }

        // when the current version starts on it
        var result = flyway(null).migrate();

        // then every row is still there, unchanged, in the default ward; administrators are the platform's
        assertThat(result.success).isTrue();
        try (Connection connection = connect()) {
            assertThat(rows(connection, "SELECT " + reportColumns + " FROM report ORDER BY id")).isEqualTo(reportsBefore);
            assertThat(rows(connection, "SELECT id, username, full_name, password_hash FROM app_user ORDER BY id"))
                    .isEqualTo(usersBefore);
            assertThat(rows(connection, "SELECT id, slug, title, body_html, status FROM article ORDER BY id"))
                    .isEqualTo(articlesBefore);
            assertThat(rows(connection, "SELECT id, title, content FROM legal_document ORDER BY id"))
                    .isEqualTo(documentsBefore);
            assertThat(rows(connection, "SELECT COUNT(*) FROM report_event")).containsExactly("1");
            assertThat(rows(connection, "SELECT COUNT(*) FROM report_photo")).containsExactly("1");
            assertThat(rows(connection, "SELECT COUNT(*) FROM article_revision")).containsExactly("1");

            assertThat(rows(connection, "SELECT DISTINCT unit_id FROM report")).containsExactly("" + DEFAULT_WARD);
            assertThat(rows(connection, "SELECT DISTINCT unit_id FROM article")).containsExactly("" + DEFAULT_WARD);
            assertThat(rows(connection, "SELECT DISTINCT unit_id FROM legal_document"))
                    .containsExactly("" + DEFAULT_WARD);
            assertThat(rows(connection, "SELECT username, unit_id FROM app_user ORDER BY id"))
                    .containsExactly("admin|" + ROOT, "canbo|" + DEFAULT_WARD, "bientap|" + DEFAULT_WARD);
            assertThat(rows(connection, "SELECT path FROM admin_unit WHERE id = " + DEFAULT_WARD))
                    .containsExactly("/bac-ninh/xa-dong-cuu/");
            // every active ward has the active departments of the catalogue (V11), the retired one excepted
            assertThat(rows(connection, "SELECT department_code FROM unit_department WHERE unit_id = " + DEFAULT_WARD
                    + " ORDER BY sort_order")).containsExactly("phong-kinh-te", "cong-an-phuong", "quan-ly-thi-truong");
            assertThat(rows(connection, "SELECT COUNT(DISTINCT unit_id) FROM unit_department")).isEqualTo(
                    rows(connection, "SELECT COUNT(*) FROM admin_unit WHERE level = 'XA' AND active = TRUE"));
            assertThat(rows(connection, "SELECT COUNT(*) FROM unit_department u JOIN admin_unit a ON a.id = u.unit_id"
                    + " WHERE a.level <> 'XA'")).containsExactly("0");
            assertThat(rows(connection, "SELECT DISTINCT unit_path FROM report"))
                    .as("V12 copies each report's unit path").containsExactly("/bac-ninh/xa-dong-cuu/");
            // the search change log (V13) starts empty; a row gets its id and time, an unknown kind is refused
            assertThat(rows(connection, "SELECT COUNT(*) FROM search_change")).containsExactly("0");
            execute(connection, "INSERT INTO search_change (kind, entity_id, action) VALUES ('article', '5', 'upsert')");
            assertThat(rows(connection, "SELECT id, kind, entity_id, action, changed_at IS NOT NULL FROM search_change"))
                    .containsExactly("1|article|5|upsert|1");
            assertThatThrownBy(() -> execute(connection,
                    "INSERT INTO search_change (kind, entity_id, action) VALUES ('video', '5', 'upsert')"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
