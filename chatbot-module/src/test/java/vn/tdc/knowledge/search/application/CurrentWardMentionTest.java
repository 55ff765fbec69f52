package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdc.knowledge.testing.ContentDocuments;

/** "Ở đây", "phường mình", "xã mình", "chỗ tôi" name the ward the question is asked on; "cho tôi hỏi" does not. */
class CurrentWardMentionTest {

    private final PlaceDirectory places = ContentDocuments.sharedIndex().places();

    @ParameterizedTest
    @CsvSource({
            "ở đây có cân đối chứng không, true",
            "o day co can doi chung khong, true",
            "phường mình xử lý hàng giả thế nào, true",
            "xa minh tuyen truyen qua kenh nao, true",
            "địa phương mình có kế hoạch gì, true",
            "chỗ tôi ai kiểm tra cân, true",
            "cho tôi hỏi ai kiểm tra cân, false",
            "cho toi hoi ai kiem tra can, false",
            "phường Đức Phổ xử lý hàng giả thế nào, false",
            "ở đây phường Đức Phổ xử lý hàng giả thế nào, false",
            "tình hình thực tế của địa phương, false",
    })
    void should_tell_when_a_question_means_the_current_ward(String question, boolean currentWard) {
        // when
        PlaceMention mention = places.detect(question);

        // then
        assertThat(mention.currentWard()).isEqualTo(currentWard);
    }
}
