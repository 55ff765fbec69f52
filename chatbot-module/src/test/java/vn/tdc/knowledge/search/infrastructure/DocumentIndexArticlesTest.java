package vn.tdc.knowledge.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.domain.SearchHits;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.testing.ContentDocuments;
import vn.tdc.knowledge.testing.TestArticles;

/** Articles next to documents in one index, and search a page at a time. */
class DocumentIndexArticlesTest {

    private static final int GROUPED = 500;

    private DocumentIndex index;

    @BeforeEach
    void openIndex() {
        index = DocumentIndex.inMemory();
        index.rebuild(ContentDocuments.documents());
        index.replace(TestArticles.ID, TestArticles.chunks());
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    private static List<IndexChunk> otherArticle(String id) {
        SourceInfo s = new SourceInfo(id, SourceType.ARTICLE, "Tem kiểm định trên cân", "Biên tập viên", "Bài viết „Tem kiểm định”",
                "", List.of(), List.of(), "", "", "", "/tin-tuc/tem-kiem-dinh");
        return List.of(new IndexChunk(s, "tom-tat", "Tóm tắt", "", "Tem kiểm định trên cân",
                "Tem kiểm định trên cân\nTem kiểm định còn hạn cho biết cân đã được kiểm tra."));
    }

    @Test
    void should_return_article_hits_with_their_type_and_link() {
        // when
        List<SearchHit> hits = index.search("can doi chung", 5, Optional.of("article"));

        // then
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            assertThat(h.type()).isEqualTo("article");
            assertThat(h.url()).isEqualTo(TestArticles.URL);
        });
        assertThat(index.search("can doi chung", 5, Optional.of("document"))).noneMatch(h -> h.type().equals("article"));
    }

    @Test
    void should_keep_the_articles_when_the_documents_are_rebuilt() {
        // when
        index.rebuild(ContentDocuments.documents());

        // then
        assertThat(index.sources()).containsKey(TestArticles.ID);
        assertThat(index.search("cổng chợ", 3)).extracting(SearchHit::documentId).contains(TestArticles.ID);
    }

    @Test
    void should_make_the_given_articles_the_only_ones_and_leave_the_documents() {
        // given
        int documents = (int) index.sources().values().stream().filter(s -> s.type() == SourceType.DOCUMENT).count();

        // when
        index.replaceAll(SourceType.ARTICLE, Map.of("article:8", otherArticle("article:8")));

        // then
        assertThat(index.sources()).doesNotContainKey(TestArticles.ID).containsKey("article:8");
        assertThat(index.sources().values().stream().filter(s -> s.type() == SourceType.DOCUMENT).count()).isEqualTo(documents);
        assertThat(index.search("cổng chợ", 5)).noneMatch(h -> h.documentId().equals(TestArticles.ID));
        assertThat(index.search("tem kiem dinh", 3)).extracting(SearchHit::documentId).first().isEqualTo("article:8");
    }

    @Test
    void should_refuse_chunks_of_another_type_or_source_when_replacing_all() {
        assertThatThrownBy(() -> index.replaceAll(SourceType.ARTICLE, Map.of("article:9", otherArticle("article:8"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.sources()).containsKey(TestArticles.ID);
    }

    @Test
    void should_page_through_the_hits_with_the_same_total_on_every_page() {
        // given
        SearchPlan plan = index.plan("kiểm tra đo lường", 3, Optional.empty());

        // when
        SearchHits first = index.search(plan, 0, 3);
        SearchHits second = index.search(plan, 3, 3);
        SearchHits both = index.search(plan, 0, 6);

        // then
        assertThat(first.total()).isGreaterThan(6).isEqualTo(second.total()).isEqualTo(both.total());
        assertThat(first.hits()).hasSize(3);
        assertThat(second.hits()).hasSize(3);
        Set<String> keys = new HashSet<>();
        first.hits().forEach(h -> keys.add(h.documentId() + "#" + h.section()));
        second.hits().forEach(h -> keys.add(h.documentId() + "#" + h.section()));
        assertThat(keys).hasSize(6);
        assertThat(both.hits()).extracting(SearchHit::section)
                .containsExactlyElementsOf(List.of(first.hits(), second.hits()).stream().flatMap(List::stream).map(SearchHit::section).toList());
    }

    @Test
    void should_group_the_hits_by_source_with_the_best_section_first_and_the_others_counted() {
        // given
        SearchPlan plan = index.plan("can doi chung", 10, Optional.empty());
        SearchHits sections = index.search(plan, 0, GROUPED);

        // when
        SearchHits grouped = index.searchGrouped(plan, 0, 10);

        // then
        Map<String, Long> perSource = sections.hits().stream()
                .collect(java.util.stream.Collectors.groupingBy(SearchHit::documentId, java.util.stream.Collectors.counting()));
        assertThat(grouped.total()).isEqualTo(perSource.size()).isLessThan(sections.total());
        assertThat(grouped.hits()).extracting(SearchHit::documentId).doesNotHaveDuplicates();
        assertThat(grouped.hits()).allSatisfy(hit -> {
            assertThat(hit.moreSections()).isEqualTo(perSource.get(hit.documentId()) - 1);
            assertThat(hit.otherSections()).hasSize((int) Math.min(3, hit.moreSections()))
                    .doesNotContain(hit.section());
        });
        SearchHit first = grouped.hits().get(0);
        assertThat(first.section()).isEqualTo(sections.hits().get(0).section());
    }

    @Test
    void should_page_through_grouped_hits_without_repeating_a_source() {
        SearchPlan plan = index.plan("kiểm tra đo lường", 3, Optional.empty());

        SearchHits first = index.searchGrouped(plan, 0, 2);
        SearchHits second = index.searchGrouped(plan, 2, 2);

        assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(2);
        assertThat(List.of(first.hits(), second.hits()).stream().flatMap(List::stream).map(SearchHit::documentId))
                .doesNotHaveDuplicates();
    }

    @Test
    void should_return_no_hits_past_the_last_page_but_still_the_total() {
        // given
        SearchPlan plan = index.plan("cân đối chứng", 10, Optional.of(SourceType.ARTICLE));

        // when
        SearchHits beyond = index.search(plan, 1_000_000, 10);

        // then
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(TestArticles.chunks().size());
    }

    @Test
    void should_give_the_model_article_passages_with_their_type_and_link() {
        // given
        DocumentIndexContentRetriever retriever = new DocumentIndexContentRetriever(index, 5);

        // when
        List<Content> contents = retriever.retrieve(Query.from("cân đối chứng ở chợ Đông Cứu đặt ở đâu"));

        // then
        assertThat(contents).anySatisfy(c -> {
            assertThat(c.textSegment().metadata().getString("type")).isEqualTo("article");
            assertThat(c.textSegment().metadata().getString("url")).isEqualTo(TestArticles.URL);
            assertThat(c.textSegment().text()).contains("cổng chợ");
        });
    }
}
