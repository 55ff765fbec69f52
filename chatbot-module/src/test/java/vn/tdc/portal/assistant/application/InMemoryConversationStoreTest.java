package vn.tdc.portal.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.assistant.domain.QuestionType;
import vn.tdc.portal.search.application.PlaceMention;

class InMemoryConversationStoreTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-11-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static ConversationTurn turn() {
        return new ConversationTurn(List.of(), List.of(), PlaceMention.NONE, QuestionType.GENERAL);
    }

    @Test
    void should_evict_the_least_recently_used_conversation_when_full() {
        // given
        InMemoryConversationStore store = new InMemoryConversationStore(2, Duration.ofHours(1), Clock.systemUTC());
        store.remember("a", turn());
        store.remember("b", turn());
        store.last("a");

        // when
        store.remember("c", turn());

        // then
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.last("a")).isPresent();
        assertThat(store.last("b")).isEmpty();
        assertThat(store.last("c")).isPresent();
    }

    @Test
    void should_forget_a_conversation_after_its_time_to_live() {
        // given
        ManualClock clock = new ManualClock();
        InMemoryConversationStore store = new InMemoryConversationStore(10, Duration.ofMinutes(30), clock);
        store.remember("a", turn());

        // when
        clock.advance(Duration.ofMinutes(31));

        // then
        assertThat(store.last("a")).isEmpty();
        assertThat(store.size()).isZero();
    }
}
