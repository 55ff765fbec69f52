package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.testing.ContentDocuments;

class RetrievalQueryTest {

    private final RetrievalQuery queries = new RetrievalQuery(ContentDocuments.sharedIndex());

    @Test
    void should_search_a_first_question_as_it_is() {
        // given
        String question = "Phòng nào phối hợp tham mưu bố trí kinh phí ở phường Đức Phổ?";

        // when
        String query = queries.build(question, List.of(), offline(question, null));

        // then
        assertThat(query).isEqualTo(question);
    }

    @Test
    void should_complete_an_elliptic_follow_up_with_the_previous_topic() {
        // given
        AssistantService assistant = new AssistantService(ContentDocuments.sharedIndex());
        ChatAnswer first = assistant.answer("Ai ký kế hoạch của phường Hải Dương?", null);
        ChatAnswer followUp = assistant.answer("còn phường Đức Phổ thì sao?", first.conversationId());

        // when
        String query = queries.build("còn phường Đức Phổ thì sao?", List.of("Ai ký kế hoạch của phường Hải Dương?"), followUp);

        // then
        assertThat(query).isEqualTo("ký kế hoạch còn phường Đức Phổ thì sao?");
    }

    @Test
    void should_keep_the_place_the_offline_answer_resolved_for_a_question_without_place() {
        // given
        AssistantService assistant = new AssistantService(ContentDocuments.sharedIndex());
        ChatAnswer first = assistant.answer("Cơ quan nào chủ trì tuyên truyền ở phường Đức Phổ?", null);
        ChatAnswer next = assistant.answer("Công an phường có nhiệm vụ gì?", first.conversationId());

        // when
        String query = queries.build("Công an phường có nhiệm vụ gì?", List.of("Cơ quan nào chủ trì tuyên truyền ở phường Đức Phổ?"), next);

        // then
        assertThat(query).isEqualTo("Công an phường có nhiệm vụ gì? phường Đức Phổ");
    }

    @Test
    void should_add_the_handling_topic_of_a_reported_problem() {
        // given
        String report = "Tôi bị cân thiếu ở chợ";

        // when
        String query = queries.build(report, List.of(), offline(report, null));

        // then
        assertThat(query).startsWith(report + " ").hasSizeGreaterThan(report.length() + 5);
    }

    private static ChatAnswer offline(String question, String conversationId) {
        return new AssistantService(ContentDocuments.sharedIndex()).answer(question, conversationId);
    }
}
