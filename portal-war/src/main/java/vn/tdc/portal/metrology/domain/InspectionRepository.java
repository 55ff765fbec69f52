package vn.tdc.portal.metrology.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Inspections with their findings, seen within the caller's unit scope ({@code UnitScope}). */
public interface InspectionRepository {

    void add(Inspection inspection);

    Optional<Inspection> inspection(long id);

    /** A page of the inspections of the units held in [{@code from}, {@code before}), newest first. */
    List<Inspection> inspections(Collection<Long> unitIds, LocalDate from, LocalDate before, int offset, int limit);

    long count(Collection<Long> unitIds, LocalDate from, LocalDate before);

    /** The ids of the reports the findings at the places answer (a report counts for the place it was found at). */
    List<PlaceReport> reportsFoundAt(Collection<Long> placeIds);

    /** A report a finding at a place answers. */
    record PlaceReport(long placeId, long reportId) {
    }
}
