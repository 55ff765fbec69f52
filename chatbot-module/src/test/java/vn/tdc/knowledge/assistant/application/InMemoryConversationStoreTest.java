package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;

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

    /** A turn of {@code words} distinct topic terms. */
    private static ConversationTurn turn(int words) {
        List<QueryTerm> terms = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            terms.add(new QueryTerm("lường" + i, "luong" + i, List.of(), false, true));
        }
        return new ConversationTurn(terms, List.of(), PlaceMention.NONE, QuestionType.GENERAL);
    }

    @Test
    void should_keep_the_remembered_turns_within_their_byte_limit() {
        // given a store of 64 KB
        InMemoryConversationStore store = new InMemoryConversationStore(64 * 1024, Duration.ofHours(1), Clock.systemUTC());

        // when 1000 conversations of 20 terms (about 2.5 KB each) are remembered
        for (int i = 0; i < 1000; i++) {
            store.remember("conversation-" + i, turn(20));
        }

        // then
        assertThat(store.weightedSize()).isLessThanOrEqualTo(64 * 1024);
        assertThat(store.size()).isBetween(1L, 64 * 1024L / InMemoryConversationStore.weight("conversation-0", turn(20)));
    }

    @Test
    void should_weigh_a_turn_by_the_characters_of_its_terms() {
        // given
        ConversationTurn small = turn(1);
        ConversationTurn large = turn(100);

        // when
        int smallWeight = InMemoryConversationStore.weight("a", small);
        int largeWeight = InMemoryConversationStore.weight("a", large);

        // then
        assertThat(largeWeight - smallWeight).isGreaterThan(99 * InMemoryConversationStore.TERM_OVERHEAD_BYTES);
        assertThat(smallWeight).isGreaterThan(InMemoryConversationStore.ENTRY_OVERHEAD_BYTES);
    }

    @Test
    void should_remember_the_last_turn_of_a_conversation() {
        // given
        InMemoryConversationStore store = InMemoryConversationStore.withDefaults();
        ConversationTurn second = turn(2);

        // when
        store.remember("a", turn(1));
        store.remember("a", second);

        // then
        assertThat(store.last("a")).containsSame(second);
        assertThat(store.last("b")).isEmpty();
    }

    @Test
    void should_forget_a_conversation_after_its_time_to_live() {
        // given
        ManualClock clock = new ManualClock();
        InMemoryConversationStore store = new InMemoryConversationStore(1024 * 1024, Duration.ofMinutes(30), clock);
        store.remember("a", turn());

        // when
        clock.advance(Duration.ofMinutes(31));

        // then
        assertThat(store.last("a")).isEmpty();
        assertThat(store.size()).isZero();
    }
}
