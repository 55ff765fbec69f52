package vn.tdc.knowledge.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConversationWindowTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> forgotten = new ArrayList<>();

    @Test
    void should_forget_conversations_once_their_messages_weigh_more_than_the_limit() {
        // given a window of 1 MB
        ConversationWindow window = new ConversationWindow(1024 * 1024, Duration.ofMinutes(30), nanos::get, forgotten::add);

        // when 100 conversations of about 40 KB each are recorded
        for (int i = 0; i < 100; i++) {
            window.record("c" + i, ConversationWindow.bytesOf(exchange(10_000)));
        }

        // then at most 1 MB is kept and LangChain4j is told to forget the others
        assertThat(window.weightedSize()).isLessThanOrEqualTo(1024 * 1024);
        assertThat(forgotten).hasSizeGreaterThanOrEqualTo(70);
        assertThat(forgotten).allSatisfy(id -> assertThat(window.remembers(id)).isFalse());
    }

    @Test
    void should_forget_a_conversation_idle_for_longer_than_the_limit() {
        // given
        ConversationWindow window = new ConversationWindow(1024 * 1024, Duration.ofMinutes(30), nanos::get, forgotten::add);
        window.record("a", 100);
        window.record("b", 100);

        // when only b is used again, then time passes
        nanos.addAndGet(Duration.ofMinutes(20).toNanos());
        window.record("b", 200);
        nanos.addAndGet(Duration.ofMinutes(11).toNanos());

        // then
        assertThat(window.remembers("a")).isFalse();
        assertThat(window.remembers("b")).isTrue();
        window.weightedSize();
        assertThat(forgotten).containsExactly("a");
    }

    @Test
    void should_weigh_messages_by_their_text() {
        // given
        List<ChatMessage> small = exchange(10);
        List<ChatMessage> large = exchange(10_000);

        // when
        long smallBytes = ConversationWindow.bytesOf(small);
        long largeBytes = ConversationWindow.bytesOf(large);

        // then two bytes per character and an overhead per message
        assertThat(smallBytes).isEqualTo(2 * ConversationWindow.MESSAGE_OVERHEAD_BYTES + 2 * (10 + 10));
        assertThat(largeBytes).isEqualTo(2 * ConversationWindow.MESSAGE_OVERHEAD_BYTES + 2 * (10_000 + 10_000));
    }

    private static List<ChatMessage> exchange(int chars) {
        return List.of(UserMessage.from("q".repeat(chars)), AiMessage.from("a".repeat(chars)));
    }
}
