package vn.tdc.portal.search.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.search.domain.SearchChangeKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexFollowerTest {

    private final TestClock clock = new TestClock();
    private final InMemorySearchChanges changes = new InMemorySearchChanges(clock);
    private final RecordingSource articles = new RecordingSource(SearchChangeKind.ARTICLE);
    private final RecordingSource documents = new RecordingSource(SearchChangeKind.DOCUMENT);
    private final SearchIndexFollower follower = new SearchIndexFollower(changes, clock, List.of(articles, documents));

    /** Refreshes what it is asked to, or fails a given number of times for an id first. */
    private static final class RecordingSource implements IndexedSource {
        private final SearchChangeKind kind;
        private final List<String> refreshed = new ArrayList<>();
        private final Map<String, Integer> failuresLeft = new HashMap<>();

        RecordingSource(SearchChangeKind kind) {
            this.kind = kind;
        }

        void failTimes(String id, int times) {
            failuresLeft.put(id, times);
        }

        @Override
        public SearchChangeKind kind() {
            return kind;
        }

        @Override
        public void refresh(String entityId) {
            int left = failuresLeft.getOrDefault(entityId, 0);
            if (left > 0) {
                failuresLeft.put(entityId, left - 1);
                throw new IllegalStateException("index write failed for " + entityId);
            }
            refreshed.add(entityId);
        }
    }

    @Test
    void should_start_before_the_changes_of_the_last_minute_so_that_no_change_made_during_the_rebuild_is_missed() {
        // given a change two minutes old (in the tables the node rebuilds from) and one of a few seconds ago
        changes.commit("article", "1");
        clock.advance(Duration.ofMinutes(2));
        changes.commit("article", "2");
        clock.advance(Duration.ofSeconds(5));

        // when the node takes its cursor, rebuilds, and another node changes a document meanwhile
        follower.begin();
        changes.commit("document", "ke-hoach-xa-dong-cuu");
        int applied = follower.catchUp();

        // then the recent changes are applied (again), the old one is not
        assertThat(follower.cursor()).isEqualTo(3);
        assertThat(applied).isEqualTo(2);
        assertThat(articles.refreshed).containsExactly("2");
        assertThat(documents.refreshed).containsExactly("ke-hoach-xa-dong-cuu");
    }

    @Test
    void should_apply_each_change_once_in_order_to_the_source_of_its_kind() {
        // given a node following from an empty log
        follower.begin();

        // when other nodes publish an article, upload a document and unpublish the article
        changes.commit("article", "7");
        changes.commit("document", "qd-1703");
        changes.commit("article", "7");
        int first = follower.catchUp();
        int second = follower.catchUp();

        // then each change was applied by its source, in order, and nothing twice
        assertThat(first).isEqualTo(3);
        assertThat(second).isZero();
        assertThat(articles.refreshed).containsExactly("7", "7");
        assertThat(documents.refreshed).containsExactly("qd-1703");
        assertThat(follower.cursor()).isEqualTo(3);
    }

    @Test
    void should_apply_at_most_one_batch_a_step() {
        // given more changes than a batch
        follower.begin();
        for (int i = 1; i <= SearchIndexFollower.BATCH + 1; i++) {
            changes.commit("article", String.valueOf(i));
        }

        // when the node takes two steps
        int first = follower.catchUp();
        long cursorAfterFirst = follower.cursor();
        int second = follower.catchUp();

        // then the first applies a batch, the second the rest
        assertThat(first).isEqualTo(SearchIndexFollower.BATCH);
        assertThat(cursorAfterFirst).isEqualTo(SearchIndexFollower.BATCH);
        assertThat(second).isEqualTo(1);
        assertThat(articles.refreshed).hasSize(SearchIndexFollower.BATCH + 1)
                .endsWith(String.valueOf(SearchIndexFollower.BATCH + 1));
    }

    @Test
    void should_apply_a_change_that_commits_after_a_change_with_a_later_id() {
        // given a transaction that took id 1 and has not committed, and one that took id 2 and has
        follower.begin();
        long slow = changes.takeId();
        changes.commit("article", "20");
        follower.catchUp();

        // when the slow transaction commits a little later
        clock.advance(Duration.ofSeconds(2));
        changes.commit(slow, "document", "kh-muon");
        int applied = follower.catchUp();

        // then its change is applied too, once
        assertThat(follower.cursor()).isEqualTo(2);
        assertThat(applied).isEqualTo(1);
        assertThat(documents.refreshed).containsExactly("kh-muon");
        assertThat(follower.catchUp()).isZero();
    }

    @Test
    void should_stop_looking_for_a_missing_id_after_a_minute() {
        // given an id taken by a transaction that rolled back, skipped over by the follower
        follower.begin();
        long rolledBack = changes.takeId();
        changes.commit("article", "21");
        follower.catchUp();

        // when more than a minute has passed
        clock.advance(SearchIndexFollower.SETTLED.plusSeconds(1));
        follower.catchUp();
        changes.commit(rolledBack, "document", "qua-muon");
        follower.catchUp();

        // then the id is not looked for any more
        assertThat(documents.refreshed).isEmpty();
    }

    @Test
    void should_try_a_failed_change_again_at_the_next_step_without_going_past_it() {
        // given a change whose application fails once, and a later change
        follower.begin();
        articles.failTimes("30", 1);
        changes.commit("article", "30");
        changes.commit("article", "31");

        // when the node takes a step, then another
        int first = follower.catchUp();
        long cursorAfterFailure = follower.cursor();
        int second = follower.catchUp();

        // then the first step stops before the failed change, the second applies both in order
        assertThat(first).isZero();
        assertThat(cursorAfterFailure).isZero();
        assertThat(second).isEqualTo(2);
        assertThat(articles.refreshed).containsExactly("30", "31");
    }

    @Test
    void should_give_up_a_change_that_keeps_failing_and_follow_the_next_ones() {
        // given a change that always fails, and a later change
        follower.begin();
        documents.failTimes("hong", Integer.MAX_VALUE);
        changes.commit("document", "hong");
        changes.commit("article", "32");

        // when the node takes as many steps as it tries a change
        for (int i = 0; i < SearchIndexFollower.MAX_ATTEMPTS; i++) {
            follower.catchUp();
        }

        // then it has gone past the failing change and applied the next
        assertThat(follower.cursor()).isEqualTo(2);
        assertThat(documents.refreshed).isEmpty();
        assertThat(articles.refreshed).containsExactly("32");
    }

    @Test
    void should_skip_a_change_of_a_kind_it_does_not_index() {
        // given a change written by a newer node of a kind this one does not know
        follower.begin();
        changes.commit("video", "v1");
        changes.commit("article", "33");

        // when the node takes a step
        follower.catchUp();

        // then it goes past it
        assertThat(follower.cursor()).isEqualTo(2);
        assertThat(articles.refreshed).containsExactly("33");
    }

    @Test
    void should_delete_the_changes_older_than_a_day_every_ten_minutes() {
        // given a change of two days ago and one of now
        changes.commit("article", "40");
        clock.advance(Duration.ofDays(2));
        changes.commit("article", "41");
        follower.begin();

        // when the node follows for less, then more, than ten minutes
        follower.catchUp();
        int afterFirstStep = changes.size();
        clock.advance(SearchIndexFollower.PURGE_EVERY);
        follower.catchUp();

        // then only the old row is deleted, once the ten minutes have passed
        assertThat(afterFirstStep).isEqualTo(2);
        assertThat(changes.size()).isEqualTo(1);
    }

    @Test
    void should_refuse_to_follow_before_taking_its_cursor() {
        assertThatThrownBy(follower::catchUp).isInstanceOf(IllegalStateException.class);
    }
}
