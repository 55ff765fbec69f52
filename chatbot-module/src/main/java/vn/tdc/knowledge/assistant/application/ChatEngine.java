package vn.tdc.knowledge.assistant.application;

import vn.tdc.knowledge.assistant.domain.ChatAnswer;

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
}
