package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpClient;

/**
 * Builds the LangChain4j chat model of the settings. Both use the JDK's {@code java.net.http} client set
 * explicitly (no HTTP client looked up through {@code ServiceLoader}, nothing downloaded), HTTP/1.1, the
 * configured timeout for connecting and for the whole response, and no retries: a slow or failing server
 * falls back to the offline answer within one timeout.
 */
final class ChatModels {

    private ChatModels() {
    }

    static ChatModel create(ChatModelSettings settings) {
        return switch (settings.provider()) {
            case ChatModelSettings.OPENAI -> OpenAiChatModel.builder()
                    .httpClientBuilder(httpClient(settings))
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey().orElse(null))
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            case ChatModelSettings.OLLAMA -> OllamaChatModel.builder()
                    .httpClientBuilder(httpClient(settings))
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .build();
            default -> throw new IllegalArgumentException("no language model for provider " + settings.provider());
        };
    }

    private static JdkHttpClientBuilder httpClient(ChatModelSettings settings) {
        return JdkHttpClient.builder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout());
    }
}
