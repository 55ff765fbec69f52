package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

class ExcerptSelectorTest {

    private static final SourceInfo SOURCE = new SourceInfo("d", SourceType.DOCUMENT, "t", "i", "r", "", List.of(), List.of(), "", "", "", "");

    private static SearchPlan plan(String question) {
        return new SearchPlanner().plan(question, 3, Optional.empty(), PlaceDirectory.EMPTY, t -> true);
    }

    @Test
    void should_return_a_short_passage_whole() {
        // given
        IndexChunk chunk = new IndexChunk(SOURCE, "I.1", "I.1 — Mục đích", "", "1. Mục đích", "1. Mục đích\n- Một ý ngắn.");

        // when
        String excerpt = new ExcerptSelector().select(chunk, plan("mục đích"));

        // then
        assertThat(excerpt).isEqualTo(chunk.text());
    }

    @Test
    void should_cut_a_long_passage_around_the_best_matching_lines_and_keep_the_heading() {
        // given
        String filler = "- Nội dung chung về công tác quản lý nhà nước trên địa bàn, thực hiện thường xuyên theo quy định hiện hành.";
        String text = String.join("\n", "3. Nhiệm vụ", filler, filler, filler, filler, filler,
                "- Phối hợp với lực lượng Quản lý thị trường phòng chống hàng giả.", filler);
        IndexChunk chunk = new IndexChunk(SOURCE, "II.3", "II.3 — Nhiệm vụ", "", "3. Nhiệm vụ", text);

        // when
        String excerpt = new ExcerptSelector().select(chunk, plan("phòng chống hàng giả"));

        // then
        assertThat(excerpt).startsWith("3. Nhiệm vụ\n…").contains("phòng chống hàng giả");
        assertThat(excerpt.length()).isLessThan(text.length()).isLessThanOrEqualTo(ExcerptSelector.TARGET_LENGTH + 60);
    }
}
