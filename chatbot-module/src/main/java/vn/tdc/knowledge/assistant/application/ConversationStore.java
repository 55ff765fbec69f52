package vn.tdc.knowledge.assistant.application;

import java.util.Optional;

/** Remembers the last turn of each conversation. Implementations must be thread-safe and bounded. */
public interface ConversationStore {

    Optional<ConversationTurn> last(String conversationId);

    void remember(String conversationId, ConversationTurn turn);
}
