package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.langchain4j.store.memory.chat.InMemoryChatMemoryStore;
import java.util.Objects;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.search.application.PassageIndex;

/** Chooses the answerer of {@link ChatModelSettings#PROVIDER}. */
public final class ChatEngines {

    private ChatEngines() {
    }

    /** {@link #create(ChatModelSettings, PassageIndex, AssistantService, ChatMemoryStore)} keeping conversations in this process. */
    public static ChatEngine create(ChatModelSettings settings, PassageIndex index, AssistantService offline) {
        return create(settings, index, offline, new InMemoryChatMemoryStore());
    }

    /**
     * The offline assistant itself for {@code offline}; otherwise an {@link LlmChatEngine} over the model
     * of the settings (built here: no network access until the first question), guarded by and falling
     * back to the offline assistant.
     *
     * @param index   the index the offline assistant searches (the Lucene {@code DocumentIndex})
     * @param offline the offline assistant over that index
     * @param memory  where the model's conversations are kept
     */
    public static ChatEngine create(ChatModelSettings settings, PassageIndex index, AssistantService offline,
                                    ChatMemoryStore memory) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(offline, "offline");
        if (settings.isOffline()) {
            return offline;
        }
        return new LlmChatEngine(offline, index, ChatModels.create(settings), settings.provider(),
                LlmChatEngine.Limits.defaults(), memory);
    }
}
