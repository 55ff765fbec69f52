package vn.tdc.knowledge.assistant.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which answerer the portal uses, as read from configuration by the web module.
 *
 * <table>
 *   <caption>Configuration names</caption>
 *   <tr><th>name</th><th>meaning</th></tr>
 *   <tr><td>{@value #PROVIDER}</td><td>{@value #OFFLINE} (default): the extractive {@code AssistantService};
 *       {@value #OPENAI}: any OpenAI-compatible server; {@value #OLLAMA}: an Ollama server</td></tr>
 *   <tr><td>{@value #BASE_URL}</td><td>server address: for {@value #OPENAI} including the API version
 *       ({@code https://api.openai.com/v1}, {@code http://127.0.0.1:8000/v1}; requests go to
 *       {@code <base-url>/chat/completions}); for {@value #OLLAMA} the server root
 *       ({@code http://127.0.0.1:11434}; requests go to {@code /api/chat})</td></tr>
 *   <tr><td>{@value #MODEL}</td><td>model name ({@code gpt-4o-mini}, {@code qwen2.5:7b})</td></tr>
 *   <tr><td>{@value #API_KEY}</td><td>bearer token, optional (OpenAI-compatible servers only)</td></tr>
 *   <tr><td>{@value #TIMEOUT}</td><td>ISO-8601 duration per model call, default {@code PT20S}; after it
 *       the offline answer is given</td></tr>
 * </table>
 *
 * @param provider {@value #OFFLINE}, {@value #OPENAI} or {@value #OLLAMA} (case-insensitive, stored lower case)
 * @param baseUrl  required unless offline
 * @param model    required unless offline
 * @param apiKey   bearer token for OpenAI-compatible servers
 * @param timeout  positive; connect and read timeout of one model call (no retries)
 */
public record ChatModelSettings(String provider, String baseUrl, String model, Optional<String> apiKey, Duration timeout) {

    public static final String PROVIDER = "portal.chat.provider";
    public static final String BASE_URL = "portal.chat.base-url";
    public static final String MODEL = "portal.chat.model";
    public static final String API_KEY = "portal.chat.api-key";
    public static final String TIMEOUT = "portal.chat.timeout";

    public static final String OFFLINE = "offline";
    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public ChatModelSettings {
        provider = provider == null || provider.isBlank() ? OFFLINE : provider.strip().toLowerCase(Locale.ROOT);
        if (!provider.equals(OFFLINE) && !provider.equals(OPENAI) && !provider.equals(OLLAMA)) {
            throw new IllegalArgumentException(PROVIDER + " must be offline, openai or ollama, not '" + provider + "'");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isBlank());
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(TIMEOUT + " must be positive, not " + timeout);
        }
        if (!provider.equals(OFFLINE) && (baseUrl.isEmpty() || model.isEmpty())) {
            throw new IllegalArgumentException(PROVIDER + "=" + provider + " needs " + BASE_URL + " and " + MODEL);
        }
    }

    /** The default: no language model. */
    public static ChatModelSettings offline() {
        return new ChatModelSettings(OFFLINE, "", "", Optional.empty(), DEFAULT_TIMEOUT);
    }

    public boolean isOffline() {
        return provider.equals(OFFLINE);
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "ChatModelSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + (apiKey.isPresent() ? "***" : "none") + ", timeout=" + timeout + "]";
    }
}
