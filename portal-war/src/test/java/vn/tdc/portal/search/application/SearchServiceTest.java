package vn.tdc.portal.search.application;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchServiceTest {

    private static final String ARTICLE_URL = "/tin-tuc/can-doi-chung-o-cho";

    private DocumentIndex index;
    private SearchService search;

    @BeforeEach
    void start() {
        index = DocumentIndex.inMemory();
        index.rebuild(new SeedDocuments().load());
        SourceInfo article = new SourceInfo("article:3", SourceType.ARTICLE, "Cân đối chứng ở chợ", "Biên tập viên",
                "Bài viết „Cân đối chứng ở chợ”", "", List.of(), List.of(), "", "", "", ARTICLE_URL);
        index.replace("article:3", List.of(new IndexChunk(article, "1", "Cân ở đâu?", "", "Cân ở đâu?",
                "Cân ở đâu?\nCân đối chứng đặt ở cổng chợ. Đừng dán <script>alert(1)</script> vào đây.")));
        search = new SearchService();
        search.index = index;
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static String marked(SearchResult r) {
        return String.join("|", r.highlights().stream().map(h -> r.excerpt().substring(h.get(0), h.get(1))).toList());
    }

    @Test
    void should_return_an_article_with_its_own_link_and_a_document_with_its_section_link() {
        // when
        List<SearchResult> articles = search.search("can doi chung", 1, 10, "article").results();
        List<SearchResult> documents = search.search("do luong", 1, 10, "document").results();

        // then
        assertThat(articles).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("article");
            assertThat(r.url()).isEqualTo(ARTICLE_URL);
        });
        assertThat(documents).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).isEqualTo("document");
            assertThat(r.url()).startsWith("/van-ban/" + r.documentId());
        });
    }

    @Test
    void should_highlight_accented_words_of_an_unaccented_query_as_the_phrase_typed() {
        // when
        SearchResult result = search.search("can doi chung", 1, 10, "article").results().get(0);

        // then the heading's lone "Cân" is not the phrase the resident typed
        assertThat(marked(result)).isEqualTo("Cân đối chứng");
    }

    @Test
    void should_page_through_results_with_the_same_total_and_each_document_once() {
        // when
        SearchResults first = search.search("kiểm tra đo lường", 1, 3, null);
        SearchResults second = search.search("kiểm tra đo lường", 2, 3, "");

        // then
        assertThat(first.total()).isGreaterThan(3).isEqualTo(second.total());
        assertThat(first.page()).isEqualTo(1);
        assertThat(second.page()).isEqualTo(2);
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.results()).hasSize(3);
        assertThat(second.results()).isNotEmpty();
        Set<String> seen = new HashSet<>();
        first.results().forEach(r -> seen.add(r.documentId()));
        second.results().forEach(r -> seen.add(r.documentId()));
        assertThat(seen).hasSize(first.results().size() + second.results().size());
        assertThat(first.hasNext()).isTrue();
        assertThat(first.pageCount()).isEqualTo((first.total() + 2) / 3);
    }

    @Test
    void should_answer_an_empty_page_past_the_last_one_even_far_away() {
        // when
        SearchResults far = search.search("can doi chung", Integer.MAX_VALUE, 50, null);

        // then
        assertThat(far.results()).isEmpty();
        assertThat(far.total()).isPositive();
        assertThat(far.hasNext()).isFalse();
    }

    @Test
    void should_keep_the_limit_of_older_clients() {
        // when
        List<SearchResult> results = search.search("kiểm tra đo lường", 3, null);

        // then
        assertThat(results).hasSize(3);
    }

    @Test
    void should_name_the_bad_parameter() {
        assertThat(field(() -> search.search(" ", 1, 10, null))).isEqualTo("q");
        assertThat(field(() -> search.search("cân", 0, 10, null))).isEqualTo("page");
        assertThat(field(() -> search.search("cân", 1, 0, null))).isEqualTo("size");
        assertThat(field(() -> search.search("cân", 1, 51, null))).isEqualTo("size");
        assertThat(field(() -> search.search("cân", 1, 10, "video"))).isEqualTo("type");
        assertThat(field(() -> search.search("cân", 51, null))).isEqualTo("limit");
        assertThat(field(() -> search.search("", 51, null))).isEqualTo("q");
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.fields()).hasSize(1);
            return e.fields().get(0).field();
        }
        throw new AssertionError("no ProblemException");
    }
}
