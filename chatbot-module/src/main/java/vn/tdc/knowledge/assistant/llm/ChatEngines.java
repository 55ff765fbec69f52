package vn.tdc.knowledge.assistant.llm;

import java.util.Objects;
import vn.tdc.knowledge.assistant.application.AssistantService;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.search.application.PassageIndex;

/** Chooses the answerer of {@link ChatModelSettings#PROVIDER}. */
public final class ChatEngines {

    private ChatEngines() {
    }

    /**
     * The offline assistant itself for {@code offline}; otherwise an {@link LlmChatEngine} over the model
     * of the settings (built here: no network access until the first question), guarded by and falling
     * back to the offline assistant.
     *
     * @param index   the index the offline assistant searches (the Lucene {@code DocumentIndex})
     * @param offline the offline assistant over that index
     */
    public static ChatEngine create(ChatModelSettings settings, PassageIndex index, AssistantService offline) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(offline, "offline");
        if (settings.isOffline()) {
            return offline;
        }
        return new LlmChatEngine(offline, index, ChatModels.create(settings), settings.provider());
    }
}
