package vn.tdc.portal.assistant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.llm.ChatEngines;
import vn.tdc.knowledge.assistant.llm.ChatModelSettings;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chooses the answering engine once, from {@code portal.chat.*}: the offline extractive assistant by default, or a
 * language model (OpenAI-compatible server or Ollama) over the same retriever, falling back to offline on failure.
 */
@ApplicationScoped
public class ChatEngineProducer {

    private static final Logger LOG = Logger.getLogger(ChatEngineProducer.class.getName());

    @Inject
    @ConfigProperty(name = ChatModelSettings.PROVIDER, defaultValue = ChatModelSettings.OFFLINE)
    String provider;

    @Inject
    @ConfigProperty(name = ChatModelSettings.BASE_URL)
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = ChatModelSettings.MODEL)
    Optional<String> model;

    @Inject
    @ConfigProperty(name = ChatModelSettings.API_KEY)
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = ChatModelSettings.TIMEOUT, defaultValue = "PT20S")
    Duration timeout;

    @Produces
    @Singleton
    ChatEngine chatEngine(DocumentIndex index, AssistantService offline, GridConversationMemory memory) {
        ChatModelSettings settings = new ChatModelSettings(provider, baseUrl.orElse(null), model.orElse(null),
                apiKey, timeout);
        LOG.info(() -> "Assistant engine: " + settings);
        return ChatEngines.create(settings, index, offline, memory);
    }
}
