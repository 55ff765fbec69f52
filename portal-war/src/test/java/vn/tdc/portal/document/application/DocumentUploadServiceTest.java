package vn.tdc.portal.document.application;

import vn.tdc.portal.unit.application.UnitFixtures;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.portal.document.infrastructure.OriginalFileStore;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentUploadServiceTest {

    private static final String EDITOR = "bien-tap";
    private static final String PLAN = String.join("\n",
            "Căn cứ Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Kiểm tra đo lường trong mùa vải thiều",
            "- Kiểm tra cân tại các điểm thu mua vải thiều ở Lục Ngạn trong tháng 6.",
            "- Niêm yết giá và cân đối chứng tại chợ đầu mối.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Kinh tế: Chủ trì, phối hợp với các đơn vị liên quan triển khai Kế hoạch.");
    private static final String REPLACEMENT = PLAN.replace("vải thiều ở Lục Ngạn", "nhãn lồng ở Khoái Châu")
            .replace("mùa vải thiều", "mùa nhãn lồng");

    @TempDir
    Path dataDirectory;

    private final InMemoryStoredDocuments repository = new InMemoryStoredDocuments();
    private DocumentIndex index;
    private DocumentCatalog catalog;
    private DocumentUploadService service;

    @BeforeEach
    void start() {
        index = DocumentIndex.inMemory();
        catalog = new DocumentCatalog();
        catalog.index = index;
        catalog.seeds = new SeedDocuments();
        catalog.storedDocuments = repository;
        catalog.load();
        service = new DocumentUploadService();
        service.repository = repository;
        service.files = new OriginalFileStore(dataDirectory.resolve("documents"));
        service.catalog = catalog;
        service.scopes = UnitFixtures.scopes();
        service.units = UnitFixtures.directory();
    }


    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void should_store_and_index_an_uploaded_text_file_at_once() {
        // given
        int before = catalog.size();

        // when
        ManagedDocument created = service.create(txt(PLAN, "ke-hoach-vai-thieu.txt"), fields("12/KH-UBND"), EDITOR);

        // then
        assertThat(created.id()).isEqualTo("ke-hoach-12-kh-ubnd-xa-dong-cuu");
        assertThat(created.seed()).isFalse();
        assertThat(created.sections()).isGreaterThan(3);
        assertThat(created.file().type()).isEqualTo("TXT");
        assertThat(created.createdBy()).isEqualTo(EDITOR);
        assertThat(catalog.size()).isEqualTo(before + 1);
        assertThat(search("vai thieu luc ngan")).extracting(SearchHit::documentId).first().isEqualTo(created.id());
        assertThat(storedFiles()).containsExactly(created.file().sha256());
        assertThat(repository.findContent(created.id()).orElseThrow()).startsWith("---\nid: " + created.id())
                .contains("\nunit: xa-dong-cuu\nlevel: xa\n");
        assertThat(index.sources().get(created.id()).unit()).isEqualTo("xa-dong-cuu");
    }

    @Test
    void should_change_nothing_when_a_php_script_is_named_pdf() {
        // given
        UploadedFile php = new UploadedFile("<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8),
                "ke-hoach.pdf", "application/pdf");
        int before = catalog.size();

        // when / then
        assertThatThrownBy(() -> service.create(php, fields("12/KH-UBND"), EDITOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.UNSUPPORTED);
                    assertThat(e.getMessage()).isEqualTo("Chỉ nhận tệp PDF, DOCX, TXT hoặc Markdown.");
                });
        assertThat(repository.size()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(catalog.size()).isEqualTo(before);
    }

    @Test
    void should_name_the_field_at_fault() {
        // given
        DocumentFields noIssuer = fields("12/KH-UBND");
        noIssuer.setIssuer("  ");
        DocumentFields unknownKind = fields("12/KH-UBND");
        unknownKind.setKind("Thông báo");

        // when / then
        assertThat(detailsOf(() -> service.create(txt(PLAN, "a.txt"), noIssuer, EDITOR)))
                .extracting(FieldProblem::field).containsExactly("issuer");
        assertThat(detailsOf(() -> service.create(txt(PLAN, "a.txt"), unknownKind, EDITOR)))
                .extracting(FieldProblem::field).containsExactly("kind");
        assertThat(detailsOf(() -> service.create(
                new UploadedFile(new byte[] {(byte) 0xC4, 'a', 'b'}, "cp1258.txt", null), fields("1"), EDITOR)))
                .singleElement().satisfies(d -> {
                    assertThat(d.field()).isEqualTo("file");
                    assertThat(d.message()).contains("UTF-8");
                });
    }

    @Test
    void should_accept_the_kind_as_a_label_without_diacritics_or_as_a_code() {
        // given
        DocumentFields byLabel = fields("1/KH");
        byLabel.setKind("ke hoach");
        DocumentFields byCode = fields("2/QD");
        byCode.setKind("QUYET_DINH");

        // when
        ManagedDocument plan = service.create(txt(PLAN, "a.txt"), byLabel, EDITOR);
        ManagedDocument decision = service.create(txt(REPLACEMENT, "b.txt"), byCode, EDITOR);

        // then
        assertThat(plan.kind()).isEqualTo("Kế hoạch");
        assertThat(decision.kind()).isEqualTo("Quyết định");
        assertThat(decision.id()).startsWith("quyet-dinh-2-qd-");
    }

    @Test
    void should_refuse_a_second_document_with_the_same_id_with_409() {
        // given
        service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);

        // when / then
        assertThatThrownBy(() -> service.create(txt(REPLACEMENT, "b.txt"), fields("12/KH-UBND"), EDITOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        assertThat(search("nhan long khoai chau")).noneMatch(h -> h.excerpt().contains("Khoái Châu"));
    }

    @Test
    void should_refuse_a_text_over_the_configured_limit_with_413_and_store_nothing() throws IOException {
        // given portal.documents.max-text-chars = 200
        service.maxTextChars = 200;

        // when / then
        assertThatThrownBy(() -> service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("Văn bản quá dài: nội dung chữ vượt quá 200 ký tự mà cổng nhận "
                            + "cho một văn bản. Hãy tách thành nhiều tệp nhỏ hơn.");
                    assertThat(e.fields()).extracting(FieldProblem::field).containsExactly("file");
                });
        assertThat(service.maxTextChars()).isEqualTo(200);
        assertThat(repository.size()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(search("vai thieu luc ngan")).noneMatch(h -> h.excerpt().contains("Lục Ngạn"));
    }

    @Test
    void should_keep_the_seeds_read_only() {
        // given
        String seed = "ke-hoach-ubnd-xa-dong-cuu";
        DocumentFields sameIdAsSeed = fields("");

        // when / then
        assertThat(catalog.isSeed(seed)).isTrue();
        assertThat(codeOf(() -> service.create(txt(PLAN, "a.txt"), sameIdAsSeed, EDITOR))).isEqualTo(ProblemKind.CONFLICT);
        assertThat(codeOf(() -> service.replace(seed, Optional.empty(), fields("1"), EDITOR))).isEqualTo(ProblemKind.CONFLICT);
        assertThat(codeOf(() -> service.delete(seed, EDITOR))).isEqualTo(ProblemKind.CONFLICT);
        assertThat(catalog.find(seed)).isPresent();
        assertThat(service.find(seed).orElseThrow().seed()).isTrue();
    }

    @Test
    void should_reindex_a_replaced_file_and_keep_the_id() {
        // given
        ManagedDocument created = service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);
        DocumentFields corrected = fields("15/KH-UBND");
        corrected.setTitle("Kế hoạch kiểm tra đo lường trong mùa nhãn lồng");

        // when
        ManagedDocument replaced = service.replace(created.id(), Optional.of(txt(REPLACEMENT, "b.txt")), corrected, "admin");

        // then
        assertThat(replaced.id()).isEqualTo(created.id());
        assertThat(replaced.number()).isEqualTo("15/KH-UBND");
        assertThat(replaced.updatedBy()).isEqualTo("admin");
        assertThat(replaced.createdBy()).isEqualTo(EDITOR);
        assertThat(search("vai thieu luc ngan")).noneMatch(h -> h.excerpt().contains("Lục Ngạn"));
        assertThat(search("nhan long khoai chau")).extracting(SearchHit::documentId).first().isEqualTo(created.id());
        assertThat(storedFiles()).containsExactly(replaced.file().sha256());
    }

    @Test
    void should_keep_the_text_when_only_the_metadata_is_replaced() {
        // given
        ManagedDocument created = service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);
        DocumentFields retitled = fields("12/KH-UBND");
        retitled.setTitle("Kế hoạch kiểm tra đo lường mùa vải thiều năm 2026");

        // when
        ManagedDocument replaced = service.replace(created.id(), Optional.empty(), retitled, EDITOR);

        // then
        assertThat(replaced.title()).isEqualTo("Kế hoạch kiểm tra đo lường mùa vải thiều năm 2026");
        assertThat(replaced.file()).isEqualTo(created.file());
        assertThat(replaced.sections()).isEqualTo(created.sections());
        assertThat(catalog.find(created.id()).orElseThrow().summary().title()).isEqualTo(replaced.title());
        assertThat(search("vai thieu luc ngan")).extracting(SearchHit::documentId).first().isEqualTo(created.id());
    }

    @Test
    void should_remove_the_new_file_when_the_database_write_fails() {
        // given
        repository.failNextWrite();
        int before = catalog.size();

        // when / then
        assertThatThrownBy(() -> service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR))
                .hasMessageContaining("simulated database failure");
        assertThat(storedFiles()).isEmpty();
        assertThat(catalog.size()).isEqualTo(before);
        assertThat(search("vai thieu luc ngan")).noneMatch(h -> h.excerpt().contains("Lục Ngạn"));
    }

    @Test
    void should_delete_a_file_with_the_last_document_that_uses_it() {
        // given two documents made from the same bytes
        ManagedDocument first = service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);
        ManagedDocument second = service.create(txt(PLAN, "b.txt"), fields("13/KH-UBND"), EDITOR);
        assertThat(second.file().sha256()).isEqualTo(first.file().sha256());

        // when
        service.delete(first.id(), EDITOR);

        // then
        assertThat(storedFiles()).containsExactly(first.file().sha256());
        assertThat(catalog.contains(first.id())).isFalse();
        assertThat(codeOf(() -> service.delete(first.id(), EDITOR))).isEqualTo(ProblemKind.NOT_FOUND);

        // when the last one goes
        service.delete(second.id(), EDITOR);

        // then
        assertThat(storedFiles()).isEmpty();
        assertThat(search("vai thieu luc ngan")).noneMatch(h -> h.excerpt().contains("Lục Ngạn"));
    }

    @Test
    void should_list_uploaded_documents_before_the_seeds() {
        // given
        service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);

        // when
        List<ManagedDocument> list = service.list();

        // then
        assertThat(list.get(0).seed()).isFalse();
        assertThat(list.subList(1, list.size())).isNotEmpty().allMatch(ManagedDocument::seed);
        assertThat(list.get(0).file().readableSize()).matches("\\d+ byte");
    }

    @Test
    void should_load_uploaded_documents_again_after_a_restart() {
        // given
        ManagedDocument created = service.create(txt(PLAN, "a.txt"), fields("12/KH-UBND"), EDITOR);
        DocumentIndex fresh = DocumentIndex.inMemory();
        DocumentCatalog restarted = new DocumentCatalog();
        restarted.index = fresh;
        restarted.seeds = new SeedDocuments();
        restarted.storedDocuments = repository;

        // when
        restarted.load();

        // then
        assertThat(restarted.find(created.id()).orElseThrow().sections())
                .isEqualTo(catalog.find(created.id()).orElseThrow().sections());
        assertThat(fresh.search("vai thieu luc ngan", 3)).extracting(SearchHit::documentId).first().isEqualTo(created.id());
    }

    private static UploadedFile txt(String text, String name) {
        return new UploadedFile(text.getBytes(StandardCharsets.UTF_8), name, "text/plain");
    }

    private static DocumentFields fields(String number) {
        DocumentFields fields = new DocumentFields();
        fields.setKind("Kế hoạch");
        fields.setNumber(number);
        fields.setIssuer("UBND xã Đông Cứu");
        fields.setPlace("xã Đông Cứu");
        fields.setRegion("tỉnh Bắc Ninh");
        fields.setIssued("tháng 5 năm 2026");
        fields.setSigner("Nguyễn Thanh Tùng — Phó Chủ tịch");
        fields.setSignedFor("KT. Chủ tịch");
        fields.setTitle("Kế hoạch kiểm tra đo lường trong mùa vải thiều");
        return fields;
    }

    private List<SearchHit> search(String query) {
        return index.search(query, 3);
    }

    private List<String> storedFiles() {
        Path directory = dataDirectory.resolve("documents");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FieldProblem> detailsOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
            return e.fields();
        }
        throw new AssertionError("expected a validation failure");
    }

    private static ProblemKind codeOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.kind();
        }
        throw new AssertionError("expected an ProblemException");
    }
}
