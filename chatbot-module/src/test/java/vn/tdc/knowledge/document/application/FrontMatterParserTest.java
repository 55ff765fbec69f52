package vn.tdc.knowledge.document.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void should_read_keys_case_insensitively_and_keep_empty_values() {
        // given
        String content = "\n---\nID: abc\nnumber:\ntitle: Kế hoạch: phần một\n---\nThân văn bản\n";

        // when
        FrontMatter fm = parser.parse(content, "t.md");

        // then
        assertThat(fm.fields()).containsEntry("id", "abc").containsEntry("number", "").containsEntry("title", "Kế hoạch: phần một");
        assertThat(fm.field("number")).isEmpty();
        assertThat(fm.body()).isEqualTo("Thân văn bản\n");
    }

    @Test
    void should_reject_an_unclosed_header() {
        // given
        String content = "---\nid: abc\n";

        // when / then
        assertThatThrownBy(() -> parser.parse(content, "t.md")).isInstanceOf(DocumentFormatException.class).hasMessageContaining("not closed");
    }

    @Test
    void should_reject_a_line_that_is_not_key_value() {
        // given
        String content = "---\nid abc\n---\n";

        // when / then
        assertThatThrownBy(() -> parser.parse(content, "t.md")).isInstanceOf(DocumentFormatException.class).hasMessageContaining("line 2");
    }
}
