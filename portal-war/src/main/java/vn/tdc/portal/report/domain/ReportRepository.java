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

    /**
     * How many reports match, counted up to {@code atMost}: {@code atMost} means that many or more. Counting is
     * bounded because an exact count of a province's reports reads every one of them (100 000 in bench/wards.sh).
     */
    long count(ReportQuery query, int atMost);

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

    /**
     * Counts of all reports grouped by a column: kind_code, status or department_code; of the units {@code unitIds}
     * only when given (null: every unit; a public view filter, not a permission).
     */
    Map<String, Long> countBy(String column, Collection<Long> unitIds);

    /**
     * How many reports (of the units {@code unitIds}, every unit when null) were submitted in each interval
     * [{@code bounds[i]}, {@code bounds[i + 1]}) of consecutive ascending bounds: one count per interval, in one pass.
     */
    List<Long> countSubmitted(Collection<Long> unitIds, List<Instant> bounds);

    /**
     * The figures of all reports (of the units {@code unitIds}, every unit when null) submitted in [{@code from},
     * {@code before}), summed over those units (its {@code unitId} is null); overdue as of {@code today}.
     */
    ReportFigures figures(Collection<Long> unitIds, Instant from, Instant before, LocalDate today);

    /**
     * The figures of each of the units {@code unitIds} for reports submitted in [{@code from}, {@code before}),
     * counted in the database (one GROUP BY); units without reports are absent.
     */
    List<ReportFigures> figuresByUnit(Collection<Long> unitIds, Instant from, Instant before, LocalDate today);

    /**
     * Published reports (the Open311 listing): of the ward {@code unitId} (any ward when null; a public view filter,
     * not a permission), in one of {@code statuses} (any state when empty), of one of {@code kindCodes} (any kind
     * when empty), submitted in [{@code from}, {@code before}), newest first.
     */
    List<Report> findPublished(Long unitId, Set<ReportStatus> statuses, Set<String> kindCodes, Instant from,
                               Instant before, int offset, int limit);

    long countPublished(Long unitId, Set<ReportStatus> statuses, Set<String> kindCodes, Instant from, Instant before);

    /**
     * Published reports with the given ids (of the ward {@code unitId}, any when null), in no particular order;
     * unknown and unpublished ids are left out.
     */
    List<Report> findPublishedByIds(Long unitId, Collection<Long> ids);

    /**
     * Public events (those with public text) of published reports (of the ward {@code unitId}, any when null) that
     * occurred in [{@code from}, {@code before}), oldest first.
     */
    List<ReportEvent> publicEventsOfPublished(Long unitId, Instant from, Instant before, int offset, int limit);

    /** The first photo of each given report that has one: report id to photo id. */
    Map<Long, Long> firstPhotoIds(List<Long> reportIds);
}
