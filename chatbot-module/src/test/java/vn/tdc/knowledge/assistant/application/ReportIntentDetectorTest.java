package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportIntentDetectorTest {

    private final ReportIntentDetector detector = new ReportIntentDetector(List.of(
            "hàng giả = hang-gia", "giả = hang-gia", "xăng = xang-dau", "xăng giả = xang-dau",
            "lạng & thiếu = can-thieu", "tố cáo = khac", "cue = tôi"));

    @Test
    void should_prefer_the_kind_with_more_matching_words() {
        assertThat(detector.detect("tôi mua phải xăng giả")).contains("xang-dau");
    }

    @Test
    void should_choose_the_catch_all_kind_only_when_no_other_kind_matches() {
        assertThat(detector.detect("tôi muốn tố cáo hàng giả")).contains("hang-gia");
        assertThat(detector.detect("tôi muốn tố cáo")).contains("khac");
    }

    @Test
    void should_match_a_keyword_of_two_words_found_apart() {
        assertThat(detector.detect("tôi mua hai lạng mà thiếu")).contains("can-thieu");
    }

    @Test
    void should_match_a_one_word_keyword_with_diacritics_only_as_spelled() {
        assertThat(detector.detect("tôi hỏi gia vàng")).isEmpty();
    }
}
