package vn.tdc.portal.assistant.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bounded in-memory conversation memory: at most {@code maxConversations} entries, least recently
 * used evicted first, and entries older than {@code timeToLive} forgotten. Synchronised; each call is
 * O(1). Plain Java, no external technology: the default store of {@link AssistantService}.
 */
public final class InMemoryConversationStore implements ConversationStore {

    private record Entry(ConversationTurn turn, Instant at) {
    }

    private final int maxConversations;
    private final Duration timeToLive;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries;

    public InMemoryConversationStore(int maxConversations, Duration timeToLive, Clock clock) {
        if (maxConversations <= 0) {
            throw new IllegalArgumentException("maxConversations must be positive");
        }
        this.maxConversations = maxConversations;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > InMemoryConversationStore.this.maxConversations;
            }
        };
    }

    /** 10 000 conversations, 30 minutes. */
    public static InMemoryConversationStore withDefaults() {
        return new InMemoryConversationStore(10_000, Duration.ofMinutes(30), Clock.systemUTC());
    }

    @Override
    public synchronized Optional<ConversationTurn> last(String conversationId) {
        Entry e = entries.get(conversationId);
        if (e == null) {
            return Optional.empty();
        }
        if (e.at().plus(timeToLive).isBefore(clock.instant())) {
            entries.remove(conversationId);
            return Optional.empty();
        }
        return Optional.of(e.turn());
    }

    @Override
    public synchronized void remember(String conversationId, ConversationTurn turn) {
        entries.put(conversationId, new Entry(turn, clock.instant()));
    }

    public synchronized int size() {
        return entries.size();
    }
}
