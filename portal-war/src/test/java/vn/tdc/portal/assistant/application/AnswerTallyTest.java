package vn.tdc.portal.assistant.application;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.assistant.domain.AnswerCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTallyTest {

    /** What reached the database: unit, answered, grounded per call. */
    private final List<int[]> written = new ArrayList<>();
    private boolean databaseDown;

    private final AnswerTally tally = new AnswerTally();

    {
        tally.counts = new AnswerCounts() {
            @Override
            public void add(long unitId, LocalDate day, int answered, int grounded) {
                if (databaseDown) {
                    throw new PersistenceException("database down");
                }
                synchronized (written) {
                    written.add(new int[]{(int) unitId, answered, grounded});
                }
            }

            @Override
            public Map<Long, Long> answered(Collection<Long> unitIds, LocalDate from, LocalDate before) {
                return Map.of();
            }

            @Override
            public Optional<LocalDate> countingSince() {
                return Optional.empty();
            }
        };
    }

    @Test
    void should_write_one_sum_per_ward_at_each_flush() {
        tally.record(101, true);
        tally.record(101, false);
        tally.record(301, true);

        tally.flush();

        assertThat(written).extracting(w -> w[0] + ":" + w[1] + ":" + w[2]).containsExactlyInAnyOrder("101:2:1", "301:1:1");
    }

    @Test
    void should_keep_what_the_database_refused_for_the_next_flush() {
        tally.record(101, true);
        databaseDown = true;

        tally.flush();
        databaseDown = false;
        tally.record(101, true);
        tally.flush();

        assertThat(written).extracting(w -> w[0] + ":" + w[1] + ":" + w[2]).containsExactly("101:2:2");
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

        assertThat(written.stream().mapToInt(w -> w[1]).sum()).isEqualTo(20_000);
    }
}
