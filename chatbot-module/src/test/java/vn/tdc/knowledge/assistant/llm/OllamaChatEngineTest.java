package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;

/** The language-model engine against a local Ollama-compatible server ({@code POST /api/chat}). */
class OllamaChatEngineTest {

    private static final String QUESTION = "Phòng nào phối hợp tham mưu bố trí kinh phí ở phường Đức Phổ?";
    private static final String BUDGET_PASSAGE = "tham mưu trình cấp có thẩm quyền xem xét bố trí kinh phí sự nghiệp hằng năm";

    private final DocumentIndex index = ContentDocuments.sharedIndex();
    private FakeModelServer server;

    @BeforeEach
    void startServer() {
        server = new FakeModelServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void should_send_retrieved_passages_to_ollama_and_cite_the_marked_one() {
        // given
        server.replyingWith(r -> "Phòng Kinh tế, Hạ tầng và Đô thị phường ["
                + LlmChatEngineTest.numberOfPassageContaining(r.lastUserMessage(), BUDGET_PASSAGE) + "].");

        // when
        ChatAnswer answer = engine(Duration.ofSeconds(10)).answer(QUESTION, null);

        // then
        FakeModelServer.Received request = server.lastRequest();
        assertThat(request.path()).isEqualTo("/api/chat");
        assertThat(request.body().path("model").asText()).isEqualTo("qwen-test");
        assertThat(request.body().path("stream").asBoolean(true)).isFalse();
        assertThat(request.systemPrompt()).isEqualTo(GroundingPrompt.SYSTEM_PROMPT);
        assertThat(request.lastUserMessage()).contains(BUDGET_PASSAGE).endsWith(QUESTION);
        assertThat(answer.mode()).isEqualTo("ollama");
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.citations()).singleElement()
                .satisfies(c -> assertThat(c.section()).isEqualTo("III.2 — Phòng Kinh tế, Hạ tầng và Đô thị phường"));
    }

    @Test
    void should_fall_back_to_the_offline_answer_when_ollama_times_out() {
        // given
        server.delayingBy(Duration.ofSeconds(3));

        // when
        ChatAnswer answer = engine(Duration.ofMillis(400)).answer(QUESTION, null);

        // then
        assertThat(answer.mode()).isEqualTo("offline-fallback");
        assertThat(answer.answer()).isEqualTo(new AssistantService(index).answer(QUESTION, null).answer());
    }

    private ChatEngine engine(Duration timeout) {
        ChatModelSettings settings = new ChatModelSettings("ollama", server.root(), "qwen-test", Optional.empty(), timeout);
        return ChatEngines.create(settings, index, new AssistantService(index));
    }
}
