package vn.tdc.portal.assistant.infrastructure;

import com.hazelcast.map.IMap;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import vn.tdc.knowledge.assistant.application.ConversationStore;
import vn.tdc.knowledge.assistant.application.ConversationTurn;
import vn.tdc.knowledge.assistant.application.ConversationTurnCodec;
import vn.tdc.portal.platform.cluster.DataGrid;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The assistant's conversation memory in the data grid, so a resident's follow-up question is understood whichever
 * node it reaches: the offline assistant's last turn of each conversation ({@link ConversationStore}, as
 * {@link ConversationTurnCodec} bytes) and the language model's messages ({@link ChatMemoryStore}, as LangChain4j's
 * JSON). A conversation is forgotten {@link #IDLE} after its last question; each node holds at most
 * {@link #MAX_CONVERSATIONS_PER_NODE} conversations of each kind (the least recent go first).
 */
public final class GridConversationMemory implements ConversationStore, ChatMemoryStore {

    static final Duration IDLE = Duration.ofMinutes(30);
    /** About 10 000 conversations of 1–2 KB each: some 20 MB a node, backups included. */
    static final int MAX_CONVERSATIONS_PER_NODE = 10_000;

    private final IMap<String, byte[]> turns;
    private final IMap<String, String> messages;

    public GridConversationMemory(DataGrid grid) {
        this.turns = grid.boundedMap("tdc.assistant.turns", IDLE, MAX_CONVERSATIONS_PER_NODE);
        this.messages = grid.boundedMap("tdc.assistant.messages", IDLE, MAX_CONVERSATIONS_PER_NODE);
    }

    @Override
    public Optional<ConversationTurn> last(String conversationId) {
        byte[] bytes = turns.get(conversationId);
        return bytes == null ? Optional.empty() : ConversationTurnCodec.decode(bytes);
    }

    @Override
    public void remember(String conversationId, ConversationTurn turn) {
        turns.set(conversationId, ConversationTurnCodec.encode(turn));
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String json = messages.get(memoryId.toString());
        return json == null ? List.of() : ChatMessageDeserializer.messagesFromJson(json);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> chatMessages) {
        messages.set(memoryId.toString(), ChatMessageSerializer.messagesToJson(chatMessages));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        messages.delete(memoryId.toString());
    }
}
