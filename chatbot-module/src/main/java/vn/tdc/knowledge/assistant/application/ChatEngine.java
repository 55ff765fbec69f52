package vn.tdc.knowledge.assistant.application;

import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.WardContext;

/**
 * The one entry point of the web layer for answering residents: the offline {@link AssistantService} or
 * the language-model engine of {@code vn.tdc.knowledge.assistant.llm} (chosen by {@code portal.chat.provider}).
 * Implementations are thread-safe.
 */
public interface ChatEngine {

    /**
     * Answers a message.
     *
     * @param question       the resident's message, with or without diacritics
     * @param conversationId the id returned by a previous answer, or {@code null} to start a conversation
     */
    ChatAnswer answer(String question, String conversationId);

    /**
     * Answers a message asked on a ward's pages: that ward's sources first, then its province's, then national ones
     * (see {@link AssistantService}). Engines that do not rank by ward answer as without one.
     *
     * @param ward the ward and the units above it; {@link WardContext#NONE} for none
     */
    default ChatAnswer answer(String question, String conversationId, WardContext ward) {
        return answer(question, conversationId);
    }
}
