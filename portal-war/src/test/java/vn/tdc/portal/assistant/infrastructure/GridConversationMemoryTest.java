package vn.tdc.portal.assistant.infrastructure;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.application.ConversationTurn;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.portal.platform.cluster.DataGrid;
import vn.tdc.portal.platform.cluster.TestGrid;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GridConversationMemoryTest {

    @Test
    void should_remember_a_conversation_on_one_node_and_continue_it_on_another() {
        // given two nodes of one cluster
        DataGrid secondNode = TestGrid.secondNode();
        try {
            GridConversationMemory onFirst = new GridConversationMemory(TestGrid.grid());
            GridConversationMemory onSecond = new GridConversationMemory(secondNode);
            ConversationTurn turn = new ConversationTurn(
                    List.of(new QueryTerm("cân", "can", List.of(), false, true)), List.of(), PlaceMention.NONE,
                    QuestionType.values()[0]);
            List<ChatMessage> messages = List.of(UserMessage.from("Chợ có cân đối chứng không?"),
                    AiMessage.from("Có [1]."));

            // when the first question is answered on the first node
            onFirst.remember("hoi-dap-1", turn);
            onFirst.updateMessages("hoi-dap-1", messages);

            // then the second node knows what was asked and answered
            assertThat(onSecond.last("hoi-dap-1")).get().extracting(ConversationTurn::terms)
                    .isEqualTo(turn.terms());
            assertThat(onSecond.getMessages("hoi-dap-1")).isEqualTo(messages);
            assertThat(onSecond.last("hoi-dap-2")).isEmpty();

            onSecond.deleteMessages("hoi-dap-1");
            assertThat(onFirst.getMessages("hoi-dap-1")).isEmpty();
        } finally {
            secondNode.shutdown();
        }
    }
}
