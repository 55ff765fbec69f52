package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.testing.ContentDocuments;

class ChatModelSettingsTest {

    @Test
    void should_default_to_offline() {
        // when
        ChatModelSettings settings = new ChatModelSettings(null, null, null, Optional.empty(), null);

        // then
        assertThat(settings.isOffline()).isTrue();
        assertThat(settings.provider()).isEqualTo("offline");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(ChatModelSettings.offline()).isEqualTo(settings);
    }

    @Test
    void should_use_the_offline_assistant_itself_when_offline() {
        // given
        AssistantService offline = new AssistantService(ContentDocuments.sharedIndex());

        // when
        ChatEngine engine = ChatEngines.create(ChatModelSettings.offline(), ContentDocuments.sharedIndex(), offline);

        // then
        assertThat(engine).isSameAs(offline);
    }

    @Test
    void should_create_a_language_model_engine_without_contacting_the_server() {
        // when
        ChatEngine engine = ChatEngines.create(new ChatModelSettings("OpenAI", "http://127.0.0.1:9/v1", "m", Optional.empty(), Duration.ofSeconds(1)),
                ContentDocuments.sharedIndex(), new AssistantService(ContentDocuments.sharedIndex()));

        // then
        assertThat(engine).isInstanceOf(LlmChatEngine.class);
    }

    @Test
    void should_reject_an_unknown_provider() {
        assertThatThrownBy(() -> new ChatModelSettings("gemini", "http://x", "m", Optional.empty(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.chat.provider");
    }

    @Test
    void should_require_base_url_and_model_for_a_language_model() {
        assertThatThrownBy(() -> new ChatModelSettings("ollama", "", "qwen", Optional.empty(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.chat.base-url");
        assertThatThrownBy(() -> new ChatModelSettings("openai", "http://x/v1", " ", Optional.empty(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.chat.model");
    }

    @Test
    void should_reject_a_timeout_that_is_not_positive() {
        assertThatThrownBy(() -> new ChatModelSettings("openai", "http://x/v1", "m", Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal.chat.timeout");
    }

    @Test
    void should_not_print_the_api_key() {
        // given
        ChatModelSettings settings = new ChatModelSettings("openai", "http://x/v1", "m", Optional.of("sk-bi-mat"), Duration.ofSeconds(1));

        // then
        assertThat(settings.toString()).doesNotContain("sk-bi-mat").contains("apiKey=***");
        assertThat(new ChatModelSettings("openai", "http://x/v1", "m", Optional.of("  "), null).apiKey()).isEmpty();
    }
}
