package vn.tdc.knowledge.assistant.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.tdc.knowledge.search.application.QueryTerm;

/**
 * Bounded in-memory conversation memory: a conversation's last turn is forgotten {@code timeToLive} after it was
 * remembered, and all turns together weigh at most {@code maxBytes} (approximate bytes of their strings, see
 * {@link #weight}); past that, less used conversations are forgotten first (Caffeine's policy). Thread-safe.
 * The default store of {@link AssistantService}: {@value #DEFAULT_MAX_MEGABYTES} MB, 30 minutes.
 */
public final class InMemoryConversationStore implements ConversationStore {

    static final int DEFAULT_MAX_MEGABYTES = 16;
    static final int ENTRY_OVERHEAD_BYTES = 256;
    static final int TERM_OVERHEAD_BYTES = 96;

    private final Cache<String, ConversationTurn> turns;

    /**
     * @param maxBytes   approximate bytes all remembered turns may take
     * @param timeToLive how long a turn is remembered
     * @param clock      time source (tests move it by hand)
     */
    public InMemoryConversationStore(long maxBytes, Duration timeToLive, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.turns = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher(InMemoryConversationStore::weight)
                .expireAfterWrite(timeToLive)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** {@value #DEFAULT_MAX_MEGABYTES} MB (about 10 000 typical conversations), 30 minutes. */
    public static InMemoryConversationStore withDefaults() {
        return new InMemoryConversationStore(DEFAULT_MAX_MEGABYTES * 1024L * 1024, Duration.ofMinutes(30), Clock.systemUTC());
    }

    @Override
    public Optional<ConversationTurn> last(String conversationId) {
        return Optional.ofNullable(turns.getIfPresent(conversationId));
    }

    @Override
    public void remember(String conversationId, ConversationTurn turn) {
        turns.put(conversationId, turn);
    }

    /** Conversations remembered now. */
    public long size() {
        turns.cleanUp();
        return turns.estimatedSize();
    }

    /** Approximate bytes of the remembered turns. */
    public long weightedSize() {
        turns.cleanUp();
        return turns.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Approximate bytes of one remembered turn: 2 bytes per character of its strings, plus object overheads. */
    static int weight(String conversationId, ConversationTurn turn) {
        long bytes = ENTRY_OVERHEAD_BYTES + 2L * conversationId.length();
        for (QueryTerm term : turn.terms()) {
            bytes += termBytes(term);
        }
        for (QueryTerm[] pair : turn.bigrams()) {
            bytes += 16L + 8L * pair.length;
        }
        for (List<String> names : List.of(turn.places().places(), turn.places().regions(), turn.places().documentIds())) {
            for (String name : names) {
                bytes += 48 + 2L * name.length();
            }
        }
        bytes += 2L * turn.places().unknownPlace().map(String::length).orElse(0) + 32L * turn.places().wordSpans().size();
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static long termBytes(QueryTerm term) {
        long bytes = TERM_OVERHEAD_BYTES + 2L * (term.lower().length() + term.folded().length());
        for (List<String> alternative : term.alternatives()) {
            for (String word : alternative) {
                bytes += 48 + 2L * word.length();
            }
        }
        return bytes;
    }
}
