package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.llm.CitationMarkers.CitedAnswer;

class CitationMarkersTest {

    private final List<Content> passages = List.of(passage("I.1"), passage("II.2"), passage("III.3"), passage("IV"));

    @Test
    void should_cite_only_the_marked_passages_in_order_of_first_citation() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("Ý thứ nhất [3]. Ý thứ hai [1]. Nhắc lại [3].", passages);

        // then
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).extracting(Citation::section).containsExactly("III.3", "I.1");
        assertThat(answer.text()).isEqualTo("Ý thứ nhất [1]. Ý thứ hai [2]. Nhắc lại [1].");
    }

    @Test
    void should_read_lists_and_ranges_of_numbers() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("Các phòng phối hợp [2, 4] và [1-2].", passages);

        // then
        assertThat(answer.citations()).extracting(Citation::section).containsExactly("II.2", "IV", "I.1");
        assertThat(answer.text()).isEqualTo("Các phòng phối hợp [1, 2] và [3, 1].");
    }

    @Test
    void should_drop_numbers_without_a_passage() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("Có căn cứ [2]. Không có căn cứ [9].", passages);

        // then
        assertThat(answer.citations()).extracting(Citation::section).containsExactly("II.2");
        assertThat(answer.text()).isEqualTo("Có căn cứ [1]. Không có căn cứ.");
    }

    @Test
    void should_not_be_grounded_without_markers() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("Phòng Kinh tế phụ trách.", passages);

        // then
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo("Phòng Kinh tế phụ trách.");
    }

    @Test
    void should_not_be_grounded_when_the_documents_do_not_cover_it_even_with_markers() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("Tai lieu hien co khong de cap den viec nay [1].", passages);

        // then
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void should_copy_the_passage_metadata_into_the_citation() {
        // when
        CitedAnswer answer = CitationMarkers.resolve("[4]", passages);

        // then
        assertThat(answer.citations()).singleElement()
                .isEqualTo(new Citation("ke-hoach-x", "Kế hoạch X", "UBND phường X", "IV", "Nội dung mục IV", "document", ""));
    }

    private static Content passage(String section) {
        Metadata metadata = new Metadata()
                .put("documentId", "ke-hoach-x")
                .put("title", "Kế hoạch X")
                .put("issuer", "UBND phường X")
                .put("section", section)
                .put("type", "document");
        return Content.from(TextSegment.from("Nội dung mục " + section, metadata));
    }
}
