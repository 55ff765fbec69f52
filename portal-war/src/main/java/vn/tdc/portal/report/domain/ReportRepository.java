package vn.tdc.portal.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reports with their events and photos. Callers own the transaction. */
public interface ReportRepository {

    /** Stores a new report and gives it its id. */
    void add(Report report);

    Optional<Report> findById(long id);

    Optional<Report> findByTrackingCode(TrackingCode code);

    Optional<Report> findByIdempotencyKey(String key);

    /** Reports by id, in no particular order (for listings that show related reports). */
    List<Report> findAllById(List<Long> ids);

    List<Report> find(ReportQuery query, int offset, int limit);

    long count(ReportQuery query);

    /** Other reports of the same kind whose place name or address matches, submitted since {@code since}. */
    List<Report> findSimilar(Report report, Instant since, int limit);

    void addEvent(ReportEvent event);

    /** A report's events, oldest first. */
    List<ReportEvent> events(long reportId);

    /** Every event of the given reports, each report's oldest first. */
    List<ReportEvent> eventsOf(Collection<Long> reportIds);

    /** Public events (those with public text) of the given reports, oldest first. */
    List<ReportEvent> publicEvents(List<Long> reportIds);

    void addPhoto(ReportPhoto photo);

    /** A report's photos in the order they were added. */
    List<ReportPhoto> photos(long reportId);

    Optional<ReportPhoto> findPhoto(long photoId);

    long countPhotos(long reportId);

    /** Photo counts of the given reports (reports without photos are absent). */
    Map<Long, Long> countPhotos(List<Long> reportIds);

    /** How many reports name a stored image (one image can be shared by several reports). */
    long countPhotosWithContent(String sha256);

    /*
     * The public statistics below take a view filter, unitId: the reports of one ward (its page /{ward}/thong-ke),
     * null for every report the caller may see. Access control is the unit scope's, not this parameter's.
     */

    /** Counts of all reports (of one unit, or all when {@code unitId} is null) grouped by a column: kind_code, status or department_code. */
    Map<String, Long> countBy(String column, Long unitId);

    /** How many reports (of one unit, or all) were submitted in [{@code from}, {@code before}). */
    long countSubmitted(Instant from, Instant before, Long unitId);

    /** Closed reports (of one unit, or all): [closed, closed on or before the due date]. */
    long[] closedAndOnTime(Long unitId);

    /** Open reports (of one unit, or all) whose due date is before {@code day}. */
    long countOverdue(LocalDate day, Long unitId);

    /**
     * Published reports (the Open311 listing): in one of {@code statuses} (any state when empty), of one of
     * {@code kindCodes} (any kind when empty), submitted in [{@code from}, {@code before}), newest first.
     */
    List<Report> findPublished(Set<ReportStatus> statuses, Set<String> kindCodes, Instant from, Instant before,
                               int offset, int limit);

    long countPublished(Set<ReportStatus> statuses, Set<String> kindCodes, Instant from, Instant before);

    /** Published reports with the given ids, in no particular order; unknown and unpublished ids are left out. */
    List<Report> findPublishedByIds(Collection<Long> ids);

    /**
     * Public events (those with public text) of published reports that occurred in [{@code from}, {@code before}),
     * oldest first.
     */
    List<ReportEvent> publicEventsOfPublished(Instant from, Instant before, int offset, int limit);

    /** The first photo of each given report that has one: report id to photo id. */
    Map<Long, Long> firstPhotoIds(List<Long> reportIds);
}
