package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.domain.MediaLink;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportQuery;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.ReportStatus;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.user.application.UserAccountService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The officers' view of reports: the filtered inbox, one report in full, and the anonymised CSV export. */
@ApplicationScoped
@Transactional
public class ReportInbox {

    public static final int MAX_PAGE_SIZE = 100;
    /**
     * The inbox counts its reports up to this many; beyond, its total says "more than" ({@link Page#totalExact()}
     * false). An exact count of a province's 100 000 reports took 40–90 ms on the database for each page asked,
     * ten times the page itself; an officer narrows such a list with the filters rather than reading page 51.
     */
    public static final int MAX_COUNTED = 1000;
    private static final Duration DUPLICATE_WINDOW = Duration.ofDays(30);
    private static final int EXPORT_BATCH = 500;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type STRING_MAP = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    @Inject
    UserAccountService accounts;

    @Inject
    UnitDirectory units;

    @Inject
    CallerScopes scopes;

    @Inject
    WardDepartments wardDepartments;

    public Page<InboxRow> list(InboxFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int pageNumber = Math.max(1, page);
        ReportQuery query = query(filter, unitPath(filter.unit()));
        Names names = names();
        List<Report> found = reports.find(query, (pageNumber - 1) * pageSize, pageSize);
        Map<Long, Long> photos = reports.countPhotos(found.stream().map(Report::id).toList());
        List<InboxRow> rows = found.stream().map(report -> row(report, names, photos)).toList();
        long counted = reports.count(query, MAX_COUNTED + 1);
        return new Page<>(rows, pageNumber, pageSize, Math.min(counted, MAX_COUNTED), counted <= MAX_COUNTED);
    }

    public Optional<OfficerReportView> detail(long id) {
        return reports.findById(id).map(this::view);
    }

    /** Reports matching the filter as CSV (UTF-8 with BOM for spreadsheets): no contact details, no photos. */
    public void exportCsv(InboxFilter filter, Writer out) {
        ReportQuery query = query(filter, unitPath(filter.unit()));
        Names names = names();
        try {
            out.write('\uFEFF');
            out.write("ma_phan_anh,loai,ten_loai,trang_thai,don_vi,ten_co_so,dia_chi,ngay_tiep_nhan,han_xu_ly,"
                    + "ngay_dong,dung_han,qua_han,cong_khai,noi_dung\r\n");
            LocalDate today = PortalTime.today();
            for (int offset = 0; ; offset += EXPORT_BATCH) {
                List<Report> batch = reports.find(query, offset, EXPORT_BATCH);
                for (Report r : batch) {
                    out.write(String.join(",", List.of(
                            r.trackingCode().value(), r.kindCode(), csv(names.kind(r.kindCode())), r.status().code(),
                            csv(names.department(r.departmentCode())), csv(r.place().name()), csv(r.place().address()),
                            DateTimeFormatter.ISO_LOCAL_DATE.format(PortalTime.dateOf(r.submittedAt())),
                            r.dueDate().toString(),
                            r.closedAt().map(c -> PortalTime.dateOf(c).toString()).orElse(""),
                            r.closedOnTime().map(b -> b ? "co" : "khong").orElse(""),
                            r.isOverdue(today) ? "co" : "khong", r.published() ? "co" : "khong",
                            csv(r.description()))));
                    out.write("\r\n");
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a CSV field; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    static String csv(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * The path of the unit chosen in the filter, or null for every unit; a code of no unit gives a path no report
     * has, so the listing is empty (as it is for a unit outside the caller's scope).
     */
    private String unitPath(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.byCode(code).map(UnitView::path).orElse(UnitScope.none().pathPrefix());
    }

    /** The wards the caller sees, to choose from; one ward only for a ward's staff. */
    /**
     * The departments the inbox filters by: a ward's staff, the ward's own active departments (where its reports
     * go); staff above the wards, the whole catalogue.
     */
    public List<DepartmentView> departmentChoices() {
        UnitView unit = scopes.currentUnit();
        return unit.isWard() ? wardDepartments.choicesFor(unit.code()) : catalog.departments();
    }

    public List<UnitView> visibleWards() {
        UnitScope scope = scopes.current();
        return units.wards().stream().filter(ward -> scope.covers(ward.path())).toList();
    }

    static ReportQuery query(InboxFilter filter) {
        return query(filter, null);
    }

    static ReportQuery query(InboxFilter filter, String unitPath) {
        ReportStatus status = filter.status() == null ? null : ReportStatus.fromCode(filter.status()).orElse(null);
        ReportQuery.Sort sort = switch (filter.sort() == null ? "" : filter.sort()) {
            case "oldest" -> ReportQuery.Sort.OLDEST;
            case "due" -> ReportQuery.Sort.DUE_DATE;
            case "updated" -> ReportQuery.Sort.UPDATED;
            default -> ReportQuery.Sort.NEWEST;
        };
        Instant from = filter.from() == null ? null : PortalTime.startOf(filter.from());
        Instant before = filter.to() == null ? null : PortalTime.startOf(filter.to().plusDays(1));
        return new ReportQuery(status, blankToNull(filter.kind()), blankToNull(filter.department()),
                filter.overdueOnly() ? PortalTime.today() : null, from, before, false, sort, unitPath);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OfficerReportView view(Report report) {
        Names names = names();
        Map<String, String> staff = accounts.fullNames();
        Instant now = Instant.now();
        Map<String, String> values = JSON.fromJson(report.attributeValuesJson(), STRING_MAP);
        Map<String, OfficerReportView.AttributeValue> attributes = new LinkedHashMap<>();
        List<KindAttribute> definitions = catalog.kind(report.kindCode()).map(ReportKindView::attributes).orElse(List.of());
        values.forEach((code, value) -> {
            Optional<KindAttribute> definition = definitions.stream().filter(a -> a.code().equals(code)).findFirst();
            attributes.put(code, new OfficerReportView.AttributeValue(definition.map(KindAttribute::label).orElse(code),
                    value, definition.map(KindAttribute::unit).orElse("")));
        });
        Optional<UnitView> unit = units.byId(report.unitId());
        List<Report> similar = reports.findSimilar(report, now.minus(DUPLICATE_WINDOW), 10);
        Map<Long, Long> similarPhotos = reports.countPhotos(similar.stream().map(Report::id).toList());
        List<InboxRow> hints = similar.stream().map(r -> row(r, names, similarPhotos)).toList();
        String duplicateOf = report.duplicateOf().flatMap(reports::findById)
                .map(r -> r.trackingCode().value()).orElse(null);
        return new OfficerReportView(report.id(), report.trackingCode().value(), report.kindCode(),
                names.kind(report.kindCode()), report.status().code(), report.status().isClosed(),
                report.status().next().stream().sorted().map(ReportStatus::code).toList(), report.departmentCode(),
                names.department(report.departmentCode()), report.channel().name(), report.place().name(),
                report.place().address(), report.place().latitude(), report.place().longitude(),
                report.occurredAt().orElse(null), report.description(),
                report.mediaLink().map(MediaLink::url).orElse(null), attributes, report.contact().name(),
                report.contact().phone(), report.contact().email(), report.contact().isAnonymous(),
                report.published(), report.submittedAt(), report.dueDate(),
                report.isOverdue(PortalTime.today()), report.closedAt().orElse(null),
                ReportEventTexts.shown(report.closingReason()),
                report.satisfied().orElse(null), duplicateOf,
                reports.photos(report.id()).stream().map(p -> new TrackedReport.PhotoView(p.id(),
                        ReportPhotoUrls.forPublic(p.id()), p.width(), p.height())).toList(),
                reports.events(report.id()).stream().map(e -> new OfficerReportView.AuditEntry(e.occurredAt(),
                        e.actor(), staff.getOrDefault(e.actor(), e.actor()), e.type().name(),
                        e.fromStatus().map(ReportStatus::code).orElse(null),
                        e.toStatus().map(ReportStatus::code).orElse(null), ReportEventTexts.shown(e.publicText()),
                        e.internalText())).toList(),
                hints, unit.map(UnitView::code).orElse(null), unit.map(UnitView::fullName).orElse(null));
    }

    private InboxRow row(Report r, Names names, Map<Long, Long> photos) {
        Optional<UnitView> unit = units.byId(r.unitId());
        return new InboxRow(r.id(), r.trackingCode().value(), r.kindCode(), names.kind(r.kindCode()),
                r.status().code(), r.departmentCode(), names.department(r.departmentCode()), r.place().name(),
                r.submittedAt(), r.dueDate(), r.isOverdue(PortalTime.today()), r.published(),
                photos.getOrDefault(r.id(), 0L).intValue(), unit.map(UnitView::code).orElse(null),
                unit.map(UnitView::fullName).orElse(null));
    }

    private Names names() {
        return new Names(catalog.kinds().stream().collect(Collectors.toMap(ReportKindView::code, ReportKindView::name)),
                catalog.departments().stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name)));
    }

    /** Display names of kinds and departments, read once per request. */
    private record Names(Map<String, String> kinds, Map<String, String> departments) {
        String kind(String code) {
            return kinds.getOrDefault(code, code);
        }

        String department(String code) {
            return departments.getOrDefault(code, code);
        }
    }

}
