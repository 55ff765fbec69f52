package vn.tdc.knowledge.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.testing.ContentDocuments;

class DocumentIndexTest {

    private DocumentIndex index;

    @BeforeEach
    void openIndex() {
        index = DocumentIndex.inMemory();
        index.rebuild(ContentDocuments.documents());
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    private static LegalDocument document(String id, String place, String body) {
        String content = "---\nid: " + id + "\nkind: Kế hoạch\nnumber: 9-KH/UB\nissuer: UBND " + place + "\nplace: " + place
                + "\ntitle: Kế hoạch về đo lường tại " + place + "\n---\n" + body;
        return new LegalDocumentParser().parse(content, id + ".md");
    }

    @Test
    void should_find_text_with_diacritics_from_query_without_them() {
        // given
        String query = "phuong duc pho dau tu phoi hop xay dung co so du lieu";

        // when
        List<SearchHit> hits = index.search(query, 3);

        // then
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).documentId()).contains("duc-pho");
        assertThat(hits.get(0).section()).isEqualTo("II.4 — Đầu tư, phối hợp xây dựng cơ sở dữ liệu");
        assertThat(hits.get(0).excerpt()).contains("cơ sở dữ liệu");
        assertThat(hits.get(0).type()).isEqualTo("document");
    }

    @Test
    void should_index_an_over_long_section_in_bounded_pieces_that_cite_the_same_section() {
        // given a section of about 300 000 characters whose last paragraph alone names Lục Ngạn
        String filler = "Kiểm tra cân tại các chợ trên địa bàn, niêm yết giá và đặt cân đối chứng tại cổng chợ.";
        String body = "I. NỘI DUNG\n1. Kiểm tra đo lường\n" + (filler + "\n").repeat(3_500)
                + "Kiểm tra cân vải thiều ở Lục Ngạn trong tháng 6.\n";
        LegalDocument longPlan = document("dai", "xã An Bình", body);

        // when
        index.upsert(longPlan);
        var passages = index.retrieve(index.plan("vải thiều Lục Ngạn", 50, Optional.empty()));
        List<SearchHit> hits = index.search("vai thieu luc ngan", 1);

        // then the paragraph is found in a piece of bounded size, cited as its section
        assertThat(passages).isNotEmpty().allSatisfy(p ->
                assertThat(p.text().length()).isLessThanOrEqualTo(vn.tdc.knowledge.search.application.ChunkSplitter.MAX_CHARS));
        var piece = passages.stream().filter(p -> p.source().documentId().equals("dai")).findFirst().orElseThrow().chunk();
        assertThat(piece.anchor()).isEqualTo("I.1");
        assertThat(piece.piece()).isGreaterThan(50);
        assertThat(piece.text()).contains("Lục Ngạn");
        assertThat(hits.get(0).documentId()).isEqualTo("dai");
        assertThat(hits.get(0).section()).isEqualTo("I.1 — Kiểm tra đo lường");
        assertThat(index.chunk("dai", "I.1").orElseThrow().text()).startsWith("1. Kiểm tra đo lường");
    }

    @Test
    void should_rank_an_exact_diacritic_match_above_a_folded_one() {
        // given
        index.rebuild(List.of(
                document("a", "xã An Bình", "I. NỘI DUNG\n1. Kiểm tra\n- Kiểm tra hàng giá tại chợ.\n"),
                document("b", "xã Bình An", "I. NỘI DUNG\n1. Kiểm tra\n- Kiểm tra hàng giả tại chợ.\n")));

        // when
        List<SearchHit> accented = index.search("hàng giả", 2);
        List<SearchHit> plain = index.search("hang gia", 2);

        // then
        assertThat(accented).extracting(SearchHit::documentId).startsWith("b");
        assertThat(accented.get(0).score()).isGreaterThan(accented.get(1).score());
        assertThat(plain).extracting(SearchHit::documentId).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void should_restrict_results_to_the_place_named_in_the_query() {
        // given
        String query = "Đức Phổ tuyên truyền bằng hình thức nào";

        // when
        List<SearchHit> hits = index.search(query, 10);

        // then
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.documentId()).contains("duc-pho"));
        assertThat(index.search("xa dong cuu tuyen truyen", 10)).allSatisfy(h -> assertThat(h.issuer()).isEqualTo("UBND xã Đông Cứu"));
    }

    @Test
    void should_route_a_document_number_to_its_document() {
        // when
        List<SearchHit> hits = index.search("Mục đích của kế hoạch 168-KH/TU", 3);

        // then
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.issuer()).isEqualTo("Tỉnh ủy Tiền Giang"));
        assertThat(hits.get(0).section()).isEqualTo("I.1 — Mục đích");
    }

    @Test
    void should_give_the_same_index_when_rebuilt_twice() {
        // given
        int chunks = index.chunkCount();
        List<SearchHit> before = index.search("kinh phí thực hiện kế hoạch", 5);

        // when
        index.rebuild(ContentDocuments.documents());

        // then
        assertThat(index.chunkCount()).isEqualTo(chunks);
        assertThat(index.search("kinh phí thực hiện kế hoạch", 5)).isEqualTo(before);
        assertThat(index.sources()).hasSize(5);
    }

    @Test
    void should_replace_all_chunks_of_a_document_on_upsert() {
        // given
        LegalDocument first = document("x", "xã Tân Hòa", "I. NỘI DUNG\n1. Việc cũ\n- Kiểm tra cân điện tử tại chợ.\n");
        LegalDocument second = document("x", "xã Tân Hòa", "I. NỘI DUNG\n1. Việc mới\n- Tuyên truyền về nhãn hàng hóa.\n");
        int base = index.chunkCount();
        index.upsert(first);
        int withFirst = index.chunkCount();

        // when
        index.upsert(second);

        // then
        assertThat(index.chunkCount()).isEqualTo(withFirst).isGreaterThan(base);
        assertThat(index.search("xã Tân Hòa cân điện tử", 5)).noneMatch(h -> h.excerpt().contains("cân điện tử"));
        assertThat(index.search("xã Tân Hòa nhãn hàng hóa", 5)).anyMatch(h -> h.excerpt().contains("nhãn hàng hóa"));
        assertThat(index.places().places()).anyMatch(p -> p.key().equals("tan hoa"));
    }

    @Test
    void should_read_a_rewritten_section_and_its_words_after_the_passages_were_read_once() {
        // given: the passages and the statistics of the first text were read (and kept by the index's caches)
        LegalDocument first = document("y", "xã Tân Hòa", "I. NỘI DUNG\n1. Việc\n- Kiểm tra cân điện tử hiệu Zentrik tại chợ.\n");
        LegalDocument second = document("y", "xã Tân Hòa", "I. NỘI DUNG\n1. Việc\n- Tuyên truyền về nhãn hàng hóa.\n");
        index.upsert(first);
        SearchPlan plan = index.plan("xã Tân Hòa làm việc gì", 5, Optional.empty());
        assertThat(index.retrieve(plan)).anyMatch(p -> p.chunk().text().contains("cân điện tử"));
        double unknown = index.inverseDocumentFrequencies(List.of("zzzz"))[0];
        assertThat(index.inverseDocumentFrequencies(List.of("zentrik"))[0]).isLessThan(unknown);
        assertThat(index.containsTerm("zentrik")).isTrue();

        // when
        index.upsert(second);

        // then
        assertThat(index.retrieve(plan)).isNotEmpty()
                .noneMatch(p -> p.chunk().text().contains("cân điện tử"))
                .anyMatch(p -> p.chunk().text().contains("nhãn hàng hóa"));
        assertThat(index.containsTerm("zentrik")).isFalse();
        assertThat(index.inverseDocumentFrequencies(List.of("zentrik"))[0]).isEqualTo(unknown);
    }

    @Test
    void should_remove_every_chunk_of_a_deleted_document() {
        // given
        String id = ContentDocuments.byIdContaining("dong-cuu").id();

        // when
        index.delete(id);

        // then
        assertThat(index.search("truyền thanh họp thôn", 10)).noneMatch(h -> h.documentId().equals(id));
        assertThat(index.chunk(id, "TT")).isEmpty();
        assertThat(index.sources()).doesNotContainKey(id);
        assertThat(index.places().places()).noneMatch(p -> p.key().equals("dong cuu"));
    }

    @Test
    void should_filter_by_source_type() {
        // when
        List<SearchHit> documents = index.search("tuyên truyền", 3, Optional.of("document"));
        List<SearchHit> articles = index.search("tuyên truyền", 3, Optional.of("article"));

        // then
        assertThat(documents).hasSize(3);
        assertThat(articles).isEmpty();
    }

    @Test
    void should_keep_the_index_on_disk_and_reopen_it(@TempDir Path dir) throws IOException {
        // given
        try (DocumentIndex onDisk = new DocumentIndex(dir)) {
            onDisk.rebuild(ContentDocuments.documents());
        }

        // when
        try (DocumentIndex reopened = new DocumentIndex(dir)) {
            // then
            assertThat(reopened.chunkCount()).isEqualTo(index.chunkCount());
            assertThat(reopened.sources()).hasSize(5);
            assertThat(reopened.search("xa dong cuu kenh tuyen truyen", 3)).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.documentId()).contains("dong-cuu"));
        }
    }

    @Test
    void should_serve_searches_while_documents_are_rewritten() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> searches = new ArrayList<>();
        LegalDocument ducPho = ContentDocuments.byIdContaining("duc-pho");

        // when
        for (int i = 0; i < 40; i++) {
            searches.add(pool.submit(() -> index.search("phường Đức Phổ cơ quan chủ trì", 3).size()));
            if (i % 10 == 0) {
                index.upsert(ducPho);
            }
        }
        pool.shutdown();

        // then
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> f : searches) {
            assertThat(f.get()).isEqualTo(3);
        }
    }

    @Test
    void should_expose_chunks_as_langchain4j_contents_with_metadata() {
        // given
        DocumentIndexContentRetriever retriever = new DocumentIndexContentRetriever(index, 2);

        // when
        List<Content> contents = retriever.retrieve(Query.from("Trung tâm cung ứng dịch vụ sự nghiệp công xã Đông Cứu"));

        // then
        assertThat(contents).hasSize(2);
        Content first = contents.get(0);
        assertThat(first.textSegment().text()).contains("phát sóng");
        assertThat(first.textSegment().metadata().getString("documentId")).contains("dong-cuu");
        assertThat(first.textSegment().metadata().getString("issuer")).isEqualTo("UBND xã Đông Cứu");
        assertThat(first.textSegment().metadata().getString("title")).contains("Đông Cứu");
        assertThat(first.textSegment().metadata().getString("section")).startsWith("V.3 — Trung tâm cung ứng");
        assertThat(first.metadata()).containsKey(ContentMetadata.SCORE);
    }
}
