package vn.tdc.portal.open311.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportEventTexts;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.application.ReportPhotoUrls;
import vn.tdc.portal.report.application.TrackingCodeRedaction;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportEventType;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Open311 API publishes: the active kinds of report (services) and the reports an officer has published,
 * with their public updates. A report is known by its id ({@code service_request_id}), never by its tracking code:
 * whoever holds a tracking code can add information to the report, give feedback and reopen it. So no tracking code
 * appears anywhere in what is published: one found in a text (a closing reason naming a duplicate's original in
 * older data, a resident quoting a code in a description) is replaced by a neutral phrase
 * ({@link TrackingCodeRedaction}). Never a contact detail,
 * never an internal note. The endpoint serves every ward of the platform: a ward is a jurisdiction, named by its code
 * ({@code jurisdiction_id}, e.g. {@code xa-dong-cuu}); a call that names one sees that ward's reports only — a filter
 * of what is asked for, not a permission: everything published is public.
 */
@ApplicationScoped
@Transactional
public class Open311Queries {

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    @Inject
    UnitDirectory units;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The portal's public address without a trailing slash. */
    public String publicUrl() {
        return publicUrl.replaceAll("/+$", "");
    }

    public List<ReportKindView> services() {
        return catalog.activeKinds();
    }

    public Optional<ReportKindView> service(String code) {
        return catalog.kind(code).filter(ReportKindView::active);
    }

    /** The jurisdictions of the endpoint: every active ward, by its code ({@code jurisdiction_id}). */
    public List<UnitView> jurisdictions() {
        return units.wards();
    }

    /**
     * The ward a {@code jurisdiction_id} names (its code, any case); empty when none is given. An id that names no
     * active ward is a 404 ("Không có phường/xã mang mã …").
     */
    public Optional<UnitView> jurisdiction(String jurisdictionId) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(units.byCode(jurisdictionId).filter(UnitView::isWard).filter(UnitView::active)
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "open311.error.jurisdiction_not_found",
                        jurisdictionId.strip())));
    }

    /** Published reports found by {@code search}, of its ward only when it names one (a view filter). */
    public Page<ServiceRequestView> requests(RequestSearch search) {
        Long unitId = jurisdiction(search.jurisdictionId()).map(UnitView::id).orElse(null);
        if (!search.ids().isEmpty()) {
            Map<Long, Report> found = reports.findPublishedByIds(unitId, search.ids()).stream()
                    .collect(Collectors.toMap(Report::id, Function.identity()));
            List<Report> ordered = new LinkedHashSet<>(search.ids()).stream().map(found::get)
                    .filter(Objects::nonNull).toList();
            return new Page<>(views(ordered), 1, Math.max(1, ordered.size()), ordered.size());
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        search.statuses().forEach(s -> statuses.addAll(s.reportStatuses()));
        Set<String> kinds = search.serviceCodes();
        int offset = (search.page() - 1) * search.pageSize();
        List<Report> page = reports.findPublished(unitId, statuses, kinds, search.from(), search.before(), offset,
                search.pageSize());
        return new Page<>(views(page), search.page(), search.pageSize(),
                reports.countPublished(unitId, statuses, kinds, search.from(), search.before()));
    }

    /**
     * A published report by its id, of the ward {@code jurisdictionId} names when one is given; empty for an unknown
     * or unpublished one, or one of another ward.
     */
    public Optional<ServiceRequestView> request(String jurisdictionId, long serviceRequestId) {
        Optional<UnitView> ward = jurisdiction(jurisdictionId);
        return reports.findById(serviceRequestId).filter(Report::published)
                .filter(report -> ward.map(unit -> unit.id() == report.unitId()).orElse(true))
                .map(report -> views(List.of(report)).get(0));
    }

    /**
     * Public updates of published reports (of the ward {@code jurisdictionId} names, when one is given) in
     * [{@code from}, {@code before}), oldest first, one page of them, each with the state its report was in after it.
     */
    public List<RequestUpdateView> updates(String jurisdictionId, Instant from, Instant before, int page,
                                           int pageSize) {
        Long unitId = jurisdiction(jurisdictionId).map(UnitView::id).orElse(null);
        List<ReportEvent> events = reports.publicEventsOfPublished(unitId, from, before, (page - 1) * pageSize,
                pageSize);
        Set<Long> reportIds = events.stream().map(ReportEvent::reportId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Open311UpdateStatus> statusAfter = statusAfterEachEvent(reports.eventsOf(reportIds));
        return events.stream().map(event -> new RequestUpdateView(event.id(), Long.toString(event.reportId()),
                statusAfter.get(event.id()), event.occurredAt(),
                TrackingCodeRedaction.redact(ReportEventTexts.shown(event.publicText())), null))
                .toList();
    }

    /**
     * The state each event left its report in: events grouped by report, each report's oldest first. A report starts
     * {@code moi}; an event with a target state moves it there, as a duplicate when the event marked it one.
     */
    static Map<Long, Open311UpdateStatus> statusAfterEachEvent(List<ReportEvent> events) {
        Map<Long, Open311UpdateStatus> after = new HashMap<>();
        Long reportId = null;
        ReportStatus status = ReportStatus.MOI;
        boolean duplicate = false;
        for (ReportEvent event : events) {
            if (!Objects.equals(reportId, event.reportId())) {
                reportId = event.reportId();
                status = ReportStatus.MOI;
                duplicate = false;
            }
            if (event.toStatus().isPresent()) {
                status = event.toStatus().get();
                duplicate = event.type() == ReportEventType.MARKED_DUPLICATE;
            }
            after.put(event.id(), Open311UpdateStatus.of(status, duplicate));
        }
        return after;
    }

    private List<ServiceRequestView> views(List<Report> page) {
        Map<String, String> kinds = catalog.kinds().stream()
                .collect(Collectors.toMap(ReportKindView::code, ReportKindView::name));
        Map<String, String> departments = catalog.departments().stream()
                .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
        Map<Long, Long> photos = reports.firstPhotoIds(page.stream().map(Report::id).toList());
        return page.stream().map(report -> view(report, kinds, departments, photos.get(report.id()))).toList();
    }

    private ServiceRequestView view(Report report, Map<String, String> kinds, Map<String, String> departments,
                                    Long photoId) {
        ReportStatus status = report.status();
        return new ServiceRequestView(Long.toString(report.id()), Open311Status.of(status), statusNotes(report),
                report.kindCode(), kinds.getOrDefault(report.kindCode(), report.kindCode()),
                TrackingCodeRedaction.redact(report.description()),
                departments.getOrDefault(report.departmentCode(), report.departmentCode()), report.submittedAt(),
                report.updatedAt(), expectedAt(report.dueDate()), TrackingCodeRedaction.redact(address(report)),
                report.place().latitude(),
                report.place().longitude(),
                photoId == null ? null : publicUrl() + ReportPhotoUrls.forPublic(photoId),
                units.byId(report.unitId()).map(UnitView::code).orElse(null));
    }

    private String statusNotes(Report report) {
        String label = Messages.get("report.status." + report.status().code());
        if (!report.status().isClosed() || report.closingReason().isBlank()) {
            return label;
        }
        return Messages.format("open311.request.status_notes_closed", label,
                TrackingCodeRedaction.redact(ReportEventTexts.shown(report.closingReason())));
    }

    /** A report is due by the end of its due date in Vietnam. */
    static Instant expectedAt(LocalDate dueDate) {
        return dueDate.atTime(LocalTime.of(23, 59, 59)).atZone(PortalTime.ZONE).toInstant();
    }

    private static String address(Report report) {
        String place = report.place().name();
        String address = report.place().address();
        return address.isBlank() || address.equalsIgnoreCase(place) ? place : place + ", " + address;
    }
}
