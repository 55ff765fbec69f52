package vn.tdc.portal.assistant.application;

import jakarta.persistence.PersistenceException;
import vn.tdc.portal.assistant.domain.AnswerCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored counts as a list of what was added (unit, answered, grounded), for the tests of what counts answers. */
class RecordingAnswerCounts implements AnswerCounts {

    /** One entry per {@link #add}: unit, answered, grounded. */
    final List<long[]> added = new ArrayList<>();
    /** While true, {@link #add} fails as a database that is down would. */
    boolean down;

    @Override
    public synchronized void add(long unitId, LocalDate day, int answered, int grounded) {
        if (down) {
            throw new PersistenceException("database down");
        }
        added.add(new long[]{unitId, answered, grounded});
    }

    @Override
    public Map<Long, Long> answered(Collection<Long> unitIds, LocalDate from, LocalDate before) {
        return Map.of();
    }

    @Override
    public Optional<LocalDate> countingSince() {
        return Optional.empty();
    }
}
