package vn.tdc.portal.assistant.application;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTallyTest {

    private final RecordingAnswerCounts database = new RecordingAnswerCounts();
    private final AnswerTally tally = new AnswerTally();

    {
        tally.counts = database;
    }

    @Test
    void should_write_one_sum_per_ward_at_each_flush() {
        tally.record(101, true);
        tally.record(101, false);
        tally.record(301, true);

        tally.flush();

        assertThat(database.added).extracting(w -> w[0] + ":" + w[1] + ":" + w[2]).containsExactlyInAnyOrder("101:2:1", "301:1:1");
    }

    @Test
    void should_keep_what_the_database_refused_for_the_next_flush() {
        tally.record(101, true);
        database.down = true;

        tally.flush();
        database.down = false;
        tally.record(101, true);
        tally.flush();

        assertThat(database.added).extracting(w -> w[0] + ":" + w[1] + ":" + w[2]).containsExactly("101:2:2");
    }

    @Test
    void should_lose_no_answer_counted_while_flushing() throws InterruptedException {
        ExecutorService residents = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20_000; i++) {
            residents.submit(() -> tally.record(101, true));
            if (i % 1000 == 0) {
                tally.flush();
            }
        }
        residents.shutdown();
        assertThat(residents.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        tally.flush();

        assertThat(database.added.stream().mapToLong(w -> w[1]).sum()).isEqualTo(20_000);
    }
}
