package vn.tdc.knowledge.assistant.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which conversations the model still remembers, bounded by memory: LangChain4j keeps one chat memory per
 * conversation id for as long as it is not evicted, so the engine reports after every exchange how many bytes the
 * conversation's messages take ({@link #record}), and this window makes LangChain4j forget ({@code forget}) the
 * conversations it drops: those idle for longer than {@code idle}, and, when all of them together weigh more than
 * {@code maxBytes}, the less used ones first (Caffeine's policy). Thread-safe.
 */
final class ConversationWindow {

    /** 32 MB: several thousand conversations of a few exchanges each. */
    static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    static final int MESSAGE_OVERHEAD_BYTES = 64;
    static final int ENTRY_OVERHEAD_BYTES = 256;

    private final Cache<String, Long> bytesById;

    /**
     * @param maxBytes approximate bytes all remembered conversations may take
     * @param idle     how long an unused conversation is remembered
     * @param ticker   time source in nanoseconds (tests move it by hand)
     * @param forget   called with each conversation dropped, on the thread that caused it
     */
    ConversationWindow(long maxBytes, Duration idle, Ticker ticker, Consumer<String> forget) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.bytesById = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String id, Long bytes) -> (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD_BYTES + 2L * id.length() + bytes))
                .expireAfterAccess(idle)
                .ticker(ticker)
                .executor(Runnable::run)
                .evictionListener((String id, Long bytes, RemovalCause cause) -> forget.accept(id))
                .build();
    }

    /** Notes the conversation as used now, its messages taking {@code bytes}. */
    void record(String id, long bytes) {
        bytesById.put(id, bytes);
    }

    /** Whether the conversation is still remembered. */
    boolean remembers(String id) {
        return bytesById.getIfPresent(id) != null;
    }

    /** Approximate bytes of the remembered conversations. */
    long weightedSize() {
        bytesById.cleanUp();
        return bytesById.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Approximate bytes of a conversation's messages: 2 bytes per character plus an overhead per message. */
    static long bytesOf(List<ChatMessage> messages) {
        long bytes = 0;
        for (ChatMessage message : messages) {
            bytes += MESSAGE_OVERHEAD_BYTES + 2L * textLength(message);
        }
        return bytes;
    }

    private static long textLength(ChatMessage message) {
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText().length() : user.toString().length();
        }
        if (message instanceof AiMessage ai) {
            return ai.text() == null ? 0 : ai.text().length();
        }
        if (message instanceof SystemMessage system) {
            return system.text().length();
        }
        return message.toString().length();
    }
}
