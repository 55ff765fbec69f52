package vn.tdc.portal.it;

import jakarta.json.JsonObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.upload.ContentFileWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading documents on a real Payara and MariaDB: the multipart API (create, replace, delete, download, errors,
 * who may call it), then the page in headless Chromium. Every document a test creates is deleted after it, so the
 * other IT classes (sharing the database) see only the seeds.
 */
class DocumentUploadIT extends PortalIntegrationTest {

    private static final String API = "/api/admin/documents";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> LYCHEE_PLAN = List.of(
            "Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Kiểm tra đo lường trong mùa vải thiều",
            "- Kiểm tra cân tại các điểm thu mua vải thiều ở Lục Ngạn trong tháng 6 hằng năm.",
            "- Niêm yết giá và đặt cân đối chứng tại chợ đầu mối.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Kinh tế và Hạ tầng: Chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.");
    private static final String LONGAN_PLAN = String.join("\n",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Kiểm tra đo lường trong mùa nhãn lồng",
            "- Kiểm tra cân tại các vựa nhãn lồng ở Khoái Châu trong tháng 7 hằng năm.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Kinh tế và Hạ tầng: Chủ trì triển khai Kế hoạch.");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> uploaded = new ArrayList<>();

    @AfterEach
    void deleteUploadedDocuments() {
        for (String id : uploaded) {
            http.send("DELETE", API + "/" + id, null, "", PortalHttp.admin());
        }
    }

    /** A safety net for failed tests: no uploaded document may outlive this class. */
    @AfterAll
    static void leaveOnlyTheSeeds() throws SQLException {
        try (Connection connection = IntegrationDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM legal_document");
        }
    }

    @Test
    void should_make_an_uploaded_docx_searchable_and_citable_at_once() throws Exception {
        // given
        byte[] docx = docx(LYCHEE_PLAN);

        // when
        HttpResponse<String> created = upload(lycheeFields("21/KH-UBND").file("file", "Kế hoạch vải thiều.docx", DOCX, docx),
                PortalHttp.admin());

        // then it is stored
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject document = PortalHttp.json(created);
        String id = remember(document.getString("id"));
        assertThat(id).isEqualTo("ke-hoach-21-kh-ubnd-huyen-luc-ngan");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(API + "/" + id);
        assertThat(document.getJsonObject("file").getString("type")).isEqualTo("DOCX");
        assertThat(document.getString("createdBy")).isEqualTo("admin");
        String sha256 = sha256(docx);
        assertThat(storedRow(id)).containsExactly("KE_HOACH", "DOCX", sha256, "Kế hoạch vải thiều.docx");
        assertThat(storedFile(sha256)).exists().hasBinaryContent(docx);

        // and searchable, without diacritics
        List<JsonObject> hits = search("vai thieu luc ngan");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getString("documentId")).isEqualTo(id);
        assertThat(hits.get(0).getString("url")).startsWith("/van-ban/" + id + "#muc-");

        // and citable by the assistant
        JsonObject answer = PortalHttp.json(http.send("POST", "/api/chat", "application/json",
                "{\"question\":\"Kiểm tra cân vải thiều ở Lục Ngạn vào tháng nào?\"}"));
        assertThat(answer.getBoolean("grounded")).as(answer.toString()).isTrue();
        assertThat(answer.getJsonArray("citations").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("documentId")).isEqualTo(id));

        // and in the public library, with its sections
        JsonObject detail = PortalHttp.json(http.get("/api/documents/" + id));
        assertThat(detail.getJsonObject("summary").getString("issuer")).isEqualTo("UBND huyện Lục Ngạn");
        assertThat(detail.getJsonArray("contents").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("label")).contains("I.1 — Kiểm tra đo lường trong mùa vải thiều");
    }

    /**
     * Another node of a cluster (here: this test, through the database) stores a document and later deletes it, each
     * time with its row of the search change log in the same transaction; this node's index and library follow within
     * seconds, though nothing called it.
     */
    @Test
    void should_follow_a_document_stored_and_deleted_by_another_node_within_five_seconds() throws Exception {
        // given a document of a plan no other document mentions, stored by another node
        String id = "ke-hoach-99-kh-ubnd-xa-dong-cuu-nut-khac";
        String content = ContentFileWriter.write(new DocumentMetadata(id, "Kế hoạch", "99/KH-UBND", "UBND xã Đông Cứu",
                "xã Đông Cứu", "tỉnh Bắc Ninh", "01/12/2026", "", "", "Kế hoạch kiểm tra cân tại làng gốm Phù Lãng",
                "phu-lang.txt", "xa-dong-cuu", AdministrativeLevel.WARD), String.join("\n",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Kiểm tra cân tại làng gốm Phù Lãng",
                "- Kiểm tra cân bàn của các lò gốm Phù Lãng trước phiên chợ gốm cuối năm."));
        try (Connection connection = IntegrationDatabase.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO legal_document (id, unit_id, kind,"
                    + " number, issuer, title, content, file_name, file_type, file_size, file_sha256, created_by,"
                    + " updated_by) VALUES (?, 101, 'KE_HOACH', '99/KH-UBND', 'UBND xã Đông Cứu', ?, ?, 'phu-lang.txt',"
                    + " 'TEXT', 100, REPEAT('c', 64), 'nut-khac', 'nut-khac')")) {
                insert.setString(1, id);
                insert.setString(2, "Kế hoạch kiểm tra cân tại làng gốm Phù Lãng");
                insert.setString(3, content);
                insert.executeUpdate();
            }
            recordSearchChange(connection, id, "upsert");
            connection.commit();
        }

        // when this node follows the change log, then it is searchable and in the library within five seconds
        List<JsonObject> hits = answerWithin(Duration.ofSeconds(5), () -> search("lo gom phu lang"),
                found -> found.stream().anyMatch(hit -> hit.getString("documentId").equals(id)));
        assertThat(hits).as("searchable on this node").anySatisfy(hit ->
                assertThat(hit.getString("url")).startsWith("/van-ban/" + id + "#muc-"));
        assertThat(http.get("/api/documents/" + id).statusCode()).isEqualTo(200);

        // and when the other node deletes it, it leaves this node's index and library within five seconds
        try (Connection connection = IntegrationDatabase.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM legal_document WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            recordSearchChange(connection, id, "delete");
            connection.commit();
        }
        List<JsonObject> after = answerWithin(Duration.ofSeconds(5), () -> search("lo gom phu lang"),
                found -> found.stream().noneMatch(hit -> hit.getString("documentId").equals(id)));
        assertThat(after).noneSatisfy(hit -> assertThat(hit.getString("documentId")).isEqualTo(id));
        assertThat(http.get("/api/documents/" + id).statusCode()).isEqualTo(404);
    }

    private static void recordSearchChange(Connection connection, String documentId, String action) throws SQLException {
        try (PreparedStatement change = connection.prepareStatement(
                "INSERT INTO search_change (kind, entity_id, action) VALUES ('document', ?, ?)")) {
            change.setString(1, documentId);
            change.setString(2, action);
            change.executeUpdate();
        }
    }

    @Test
    void should_give_back_the_original_file_as_an_attachment() throws Exception {
        // given
        byte[] docx = docx(LYCHEE_PLAN);
        String id = remember(PortalHttp.json(upload(lycheeFields("21/KH-UBND").file("file", "Kế hoạch vải thiều.docx", DOCX, docx),
                PortalHttp.admin())).getString("id"));

        // when
        HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(uri(API + "/" + id + "/file"))
                .header(PortalHttp.admin()[0], PortalHttp.admin()[1]).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        // then
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(docx);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(DOCX);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"Ke-hoach-vai-thieu.docx\"; filename*=UTF-8''K%E1%BA%BF");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void should_reindex_a_replaced_document_and_forget_a_deleted_one() throws Exception {
        // given
        String id = remember(PortalHttp.json(upload(lycheeFields("21/KH-UBND")
                .file("file", "ke-hoach.txt", "text/plain", String.join("\n", LYCHEE_PLAN).getBytes(StandardCharsets.UTF_8)),
                PortalHttp.admin())).getString("id"));
        String firstFile = storedRow(id).get(2);

        // when the file and the title are replaced
        HttpResponse<String> replaced = send("PUT", API + "/" + id, new MultipartBody()
                .field("title", "Kế hoạch kiểm tra đo lường mùa nhãn lồng")
                .file("file", "nhan-long.txt", "text/plain", LONGAN_PLAN.getBytes(StandardCharsets.UTF_8)), PortalHttp.admin());

        // then the id stays, the old text is gone from the index and the new one is found
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(PortalHttp.json(replaced).getString("id")).isEqualTo(id);
        assertThat(PortalHttp.json(replaced).getString("number")).isEqualTo("21/KH-UBND");
        assertThat(search("vai thieu luc ngan")).noneMatch(h -> h.getString("documentId").equals(id));
        assertThat(search("nhan long khoai chau").get(0).getString("documentId")).isEqualTo(id);
        assertThat(storedFile(firstFile)).doesNotExist();

        // when deleted
        HttpResponse<String> deleted = http.send("DELETE", API + "/" + id, null, "", PortalHttp.admin());

        // then it is nowhere
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(http.get("/api/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(search("nhan long khoai chau")).noneMatch(h -> h.getString("documentId").equals(id));
        assertThat(rowCount(id)).isZero();
        assertThat(http.send("DELETE", API + "/" + id, null, "", PortalHttp.admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void should_reject_a_php_file_named_pdf_and_store_nothing() throws Exception {
        // given
        byte[] php = "<?php echo shell_exec($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
        long rowsBefore = rowCount(null);

        // when
        HttpResponse<String> response = upload(lycheeFields("21/KH-UBND").file("file", "ke-hoach.pdf", "application/pdf", php),
                PortalHttp.admin());

        // then
        assertThat(response.statusCode()).isEqualTo(415);
        JsonObject error = PortalHttp.json(response).getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("unsupported_media_type");
        assertThat(error.getString("message")).isEqualTo("Chỉ nhận tệp PDF, DOCX, TXT hoặc Markdown.");
        assertThat(error.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(rowCount(null)).isEqualTo(rowsBefore);
        assertThat(storedFile(sha256(php))).doesNotExist();
        assertThat(response.body()).doesNotContain("Exception", "at vn.");
    }

    @Test
    void should_answer_mistakes_with_json_errors() throws Exception {
        // given
        byte[] text = String.join("\n", LYCHEE_PLAN).getBytes(StandardCharsets.UTF_8);
        String id = remember(PortalHttp.json(upload(lycheeFields("21/KH-UBND").file("file", "a.txt", "text/plain", text),
                PortalHttp.admin())).getString("id"));

        // when
        HttpResponse<String> noTitle = upload(new MultipartBody().field("kind", "KE_HOACH").field("issuer", "UBND xã A")
                .file("file", "a.txt", "text/plain", text), PortalHttp.admin());
        HttpResponse<String> noFile = upload(lycheeFields("21/KH-UBND"), PortalHttp.admin());
        HttpResponse<String> duplicate = upload(lycheeFields("21/KH-UBND").file("file", "a.txt", "text/plain", text), PortalHttp.admin());
        HttpResponse<String> latin1 = upload(lycheeFields("24/KH-UBND").file("file", "b.txt",
                "text/plain", "Tiêu chuẩn, đo lường".getBytes(StandardCharsets.ISO_8859_1)), PortalHttp.admin());
        HttpResponse<String> json = http.send("POST", API, "application/json", "{}", PortalHttp.admin());
        HttpResponse<String> seed = http.send("DELETE", API + "/ke-hoach-ubnd-xa-dong-cuu", null, "", PortalHttp.admin());
        HttpResponse<String> unknown = http.get(API + "/khong-co-van-ban-nay", PortalHttp.admin());

        // then
        assertThat(code(noTitle)).isEqualTo("validation_failed");
        assertThat(PortalHttp.json(noTitle).getJsonObject("error").getJsonArray("details").getJsonObject(0)
                .getString("field")).isEqualTo("title");
        assertThat(code(noFile)).isEqualTo("validation_failed");
        assertThat(code(duplicate)).isEqualTo("conflict");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(PortalHttp.json(duplicate).getJsonObject("error").getString("message")).contains(id, "Thay thế");
        assertThat(PortalHttp.json(latin1).getJsonObject("error").getJsonArray("details").getJsonObject(0)
                .getString("message")).isEqualTo("Tệp văn bản phải được mã hóa UTF-8.");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(seed.statusCode()).isEqualTo(409);
        assertThat(PortalHttp.json(seed).getJsonObject("error").getString("message")).contains("văn bản gốc");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("not_found");
    }

    @Test
    void should_refuse_a_body_over_the_size_limit_with_413() throws Exception {
        // given a 21 MB file
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        // when
        HttpResponse<String> response = upload(lycheeFields("21/KH-UBND").file("file", "big.txt", "text/plain", big),
                PortalHttp.admin());

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("payload_too_large");
        assertThat(PortalHttp.json(response).getJsonObject("error").getString("message")).contains("20 MB");
    }

    @Test
    void should_refuse_hostile_documents_with_413_and_keep_answering_health_and_concurrent_chat() throws Exception {
        // given a 10 MB text under one heading in a DOCX of about 1 MB, and a PDF whose page unpacks to 512 MB
        byte[] docx = HostileDocuments.docx(10_000_000, "Hết.");
        byte[] pdf = HostileDocuments.pdfWithFlateBomb(512L * 1024 * 1024);
        long rowsBefore = rowCount(null);

        // when
        HttpResponse<String> docxResponse = upload(lycheeFields("31/KH-UBND").file("file", "dai.docx", DOCX, docx),
                PortalHttp.admin());
        HttpResponse<String> pdfResponse = upload(lycheeFields("32/KH-UBND").file("file", "bom.pdf", "application/pdf", pdf),
                PortalHttp.admin());

        // then both are refused with the Vietnamese reason, and nothing is stored
        assertThat(docx.length).isLessThan(2 * 1024 * 1024);
        assertThat(docxResponse.statusCode()).as(docxResponse.body()).isEqualTo(413);
        assertThat(code(docxResponse)).isEqualTo("payload_too_large");
        assertThat(PortalHttp.json(docxResponse).getJsonObject("error").getString("message"))
                .isEqualTo("Văn bản quá dài: nội dung chữ vượt quá 1.000.000 ký tự mà cổng nhận cho một văn bản. "
                        + "Hãy tách thành nhiều tệp nhỏ hơn.");
        assertThat(pdfResponse.statusCode()).as(pdfResponse.body()).isEqualTo(413);
        assertThat(PortalHttp.json(pdfResponse).getJsonObject("error").getString("message"))
                .isEqualTo("Tệp PDF có phần nén khi giải nén vượt quá 16 MB (tệp hỏng hoặc được tạo bất thường): "
                        + "cổng không đọc tệp này.");
        assertThat(PortalHttp.json(pdfResponse).getJsonObject("error").getJsonArray("details").getJsonObject(0)
                .getString("field")).isEqualTo("file");
        assertThat(rowCount(null)).isEqualTo(rowsBefore);
        assertThat(storedFile(sha256(docx))).doesNotExist();
        assertThat(storedFile(sha256(pdf))).doesNotExist();

        // and the portal still answers: ready, and four questions at once
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> chats = new ArrayList<>();
        for (String question : List.of("Ai ký kế hoạch của xã Đông Cứu?", "Kế hoạch của phường Đức Phổ giao nhiệm vụ gì?",
                "Chỉ thị 38 yêu cầu gì về đo lường?", "Cân đối chứng đặt ở đâu?")) {
            chats.add(client.sendAsync(HttpRequest.newBuilder(uri("/api/chat")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (var chat : chats) {
            HttpResponse<String> answer = chat.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(PortalHttp.json(answer).getString("answer")).isNotBlank();
        }
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void should_accept_a_long_section_in_bounded_chunks_that_cite_its_section() throws Exception {
        // given 300 000 characters under one heading, the last paragraph naming Lục Ngạn
        byte[] docx = HostileDocuments.docx(300_000, "Kiểm tra cân vải thiều ở Lục Ngạn trong tháng 6 hằng năm.");

        // when
        HttpResponse<String> created = upload(lycheeFields("33/KH-UBND").file("file", "dai.docx", DOCX, docx),
                PortalHttp.admin());

        // then it is stored, and its last paragraph is found and cited as its section
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = remember(PortalHttp.json(created).getString("id"));
        List<JsonObject> hits = search("vai thieu luc ngan thang 6");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getString("documentId")).isEqualTo(id);
        assertThat(hits.get(0).getString("url")).isEqualTo("/van-ban/" + id + "#muc-I");
        assertThat(hits.get(0).getString("excerpt").length()).isLessThan(4_000);
    }

    @Test
    void should_refuse_an_over_long_text_on_the_upload_page() throws Exception {
        // given a text file of 1 100 000 characters
        Path file = Files.createTempFile("ke-hoach-dai-", ".txt");
        Files.writeString(file, "I. NỘI DUNG\n" + ("Kiểm tra cân tại chợ. ".repeat(50) + "\n").repeat(1_000),
                StandardCharsets.UTF_8);
        browser = HeadlessChromium.start();
        browser.get(base.resolve("dang-nhap?next=%2Fquan-tri%2Fvan-ban").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/quan-tri/van-ban"));
        long rowsBefore = rowCount(null);

        // when
        browser.findElement(By.id("upload:number")).sendKeys("8/KH-UBND");
        browser.findElement(By.id("upload:issuer")).sendKeys("UBND huyện Khoái Châu");
        browser.findElement(By.id("upload:title")).sendKeys("Kế hoạch quá dài");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-pending")));
        browser.findElement(By.id("upload:save")).click();

        // then
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload"), "Văn bản quá dài"));
        assertThat(browser.findElement(By.id("upload")).getText())
                .contains("Văn bản quá dài: nội dung chữ vượt quá 1.000.000 ký tự");
        assertThat(browser.getPageSource()).contains("tối đa 1.000.000 ký tự");
        assertThat(rowCount(null)).isEqualTo(rowsBefore);
    }

    @Test
    void should_let_an_editor_upload_and_refuse_officers_and_anonymous_callers() throws Exception {
        // given
        String editor = account("EDITOR");
        String officer = account("OFFICER");
        byte[] text = String.join("\n", LYCHEE_PLAN).getBytes(StandardCharsets.UTF_8);

        // when
        HttpResponse<String> byEditor = upload(lycheeFields("21/KH-UBND").file("file", "a.txt", "text/plain", text),
                PortalHttp.basicAuth(editor, "mat-khau-bien-tap-1"));
        HttpResponse<String> byOfficer = upload(lycheeFields("22/KH-UBND")
                .file("file", "a.txt", "text/plain", text), PortalHttp.basicAuth(officer, "mat-khau-bien-tap-1"));
        HttpResponse<String> anonymous = upload(lycheeFields("23/KH-UBND")
                .file("file", "a.txt", "text/plain", text));
        HttpResponse<String> editorOnUsers = http.get("/api/admin/users", PortalHttp.basicAuth(editor, "mat-khau-bien-tap-1"));

        // then
        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(201);
        remember(PortalHttp.json(byEditor).getString("id"));
        assertThat(PortalHttp.json(byEditor).getString("createdBy")).isEqualTo(editor);
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(code(byOfficer)).isEqualTo("forbidden");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(code(anonymous)).isEqualTo("unauthorized");
        assertThat(editorOnUsers.statusCode()).isEqualTo(403);
    }

    @Test
    void should_upload_a_text_file_on_the_page_and_show_it_in_the_library() throws Exception {
        // given
        Path file = Files.createTempFile("ke-hoach-nhan-long-", ".txt");
        Files.writeString(file, LONGAN_PLAN, StandardCharsets.UTF_8);
        browser = HeadlessChromium.start();
        browser.get(base.resolve("dang-nhap?next=%2Fquan-tri%2Fvan-ban").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.cssSelector("#password, input[type=password]")).sendKeys(IntegrationDatabase.ADMIN_PASSWORD);
        browser.findElement(By.id("submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/quan-tri/van-ban"));
        assertThat(browser.findElement(By.id("library:table"))
                .getText()).contains("Văn bản gốc");

        // when
        browser.findElement(By.id("upload:number")).sendKeys("7/KH-UBND");
        browser.findElement(By.id("upload:issuer")).sendKeys("UBND huyện Khoái Châu");
        browser.findElement(By.id("upload:place")).sendKeys("huyện Khoái Châu");
        browser.findElement(By.id("upload:title")).sendKeys("Kế hoạch kiểm tra đo lường mùa nhãn lồng");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("file-pending")));
        browser.findElement(By.id("upload:save")).click();

        // then
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-result")));
        String link = result.findElement(By.tagName("a")).getAttribute("href");
        String id = remember(link.substring(link.lastIndexOf('/') + 1));
        assertThat(id).isEqualTo("ke-hoach-7-kh-ubnd-huyen-khoai-chau");
        assertThat(browser.findElement(By.id("upload")).getText()).contains("Đã lưu văn bản");
        assertThat(browser.findElement(By.id("library:table")).getText()).contains("Kế hoạch kiểm tra đo lường mùa nhãn lồng");
        browser.get(base.resolve("van-ban").toString());
        assertThat(browser.findElement(By.cssSelector(".doc-list")).getText()).contains("Kế hoạch kiểm tra đo lường mùa nhãn lồng");
        assertThat(browser.findElement(By.id("site-nav")).getAttribute("innerHTML")).contains("Quản lý văn bản");
    }

    private static MultipartBody lycheeFields(String number) {
        return new MultipartBody()
                .field("kind", "Kế hoạch")
                .field("number", number)
                .field("issuer", "UBND huyện Lục Ngạn")
                .field("place", "huyện Lục Ngạn")
                .field("region", "tỉnh Bắc Giang")
                .field("issued", "tháng 5 năm 2026")
                .field("signer", "Nguyễn Văn Lâm — Phó Chủ tịch")
                .field("signedFor", "KT. Chủ tịch")
                .field("title", "Kế hoạch kiểm tra đo lường trong mùa vải thiều");
    }

    private HttpResponse<String> upload(MultipartBody body, String... headers) {
        return send("POST", API, body, headers);
    }

    private HttpResponse<String> send(String method, String path, MultipartBody body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", body.contentType())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return base.resolve(path.substring(1));
    }

    private List<JsonObject> search(String query) {
        HttpResponse<String> response = http.get("/api/search?limit=5&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return PortalHttp.json(response).getJsonArray("results").getValuesAs(JsonObject.class);
    }

    private String account(String role) {
        String username = role.toLowerCase() + "-" + System.nanoTime() % 1_000_000;
        ensureAccount(username, "Cán bộ " + role, "mat-khau-bien-tap-1", role);
        return username;
    }

    private String remember(String id) {
        uploaded.add(id);
        return id;
    }

    private static String code(HttpResponse<String> response) {
        return PortalHttp.json(response).getJsonObject("error").getString("code");
    }

    /** kind, file_type, file_sha256, file_name of a stored document. */
    private static List<String> storedRow(String id) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT kind, file_type, file_sha256, file_name FROM legal_document WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("row " + id).isTrue();
                return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    /** Rows of one document, or of all when {@code id} is null. */
    private static long rowCount(String id) throws SQLException {
        try (Connection connection = IntegrationDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(id == null
                     ? "SELECT COUNT(*) FROM legal_document"
                     : "SELECT COUNT(*) FROM legal_document WHERE id = ?")) {
            if (id != null) {
                statement.setString(1, id);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Path storedFile(String sha256) {
        return IntegrationDatabase.storageDirectory().resolve("documents").resolve(sha256);
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
