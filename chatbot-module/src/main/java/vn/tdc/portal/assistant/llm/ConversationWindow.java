package vn.tdc.portal.assistant.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which conversations the model still remembers: at most {@code maxConversations}, least recently used
 * forgotten first. LangChain4j keeps one chat memory per id for as long as it is not evicted, so the
 * engine evicts the ids this window drops. Synchronised; O(1) per call.
 */
final class ConversationWindow {

    private final int maxConversations;
    private final LinkedHashMap<String, Boolean> ids = new LinkedHashMap<>(16, 0.75f, true);

    ConversationWindow(int maxConversations) {
        if (maxConversations <= 0) {
            throw new IllegalArgumentException("maxConversations must be positive");
        }
        this.maxConversations = maxConversations;
    }

    /** Marks a conversation as used now; returns the conversations to forget. */
    synchronized List<String> touch(String id) {
        ids.put(id, Boolean.TRUE);
        List<String> dropped = new ArrayList<>();
        var it = ids.entrySet().iterator();
        while (ids.size() > maxConversations && it.hasNext()) {
            Map.Entry<String, Boolean> eldest = it.next();
            dropped.add(eldest.getKey());
            it.remove();
        }
        return dropped;
    }
}
