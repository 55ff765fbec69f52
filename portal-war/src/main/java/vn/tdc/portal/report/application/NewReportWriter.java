package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportChannel;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportEventText;
import vn.tdc.portal.report.domain.ReportEventType;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transaction of a new report: the report, its first event and its photo rows commit together or not at all.
 * The report goes to its kind's department as its ward has it ({@link vn.tdc.portal.report.domain.DepartmentRouting}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NewReportWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ReportRepository reports;

    @Inject
    WardDepartments departments;

    /** Stores the report, or returns the earlier one when the idempotency key was used already. */
    public SubmittedReport insert(ReportSubmissionService.ValidReport valid, String key, ReportChannel channel,
                                  List<CleanImage> images) {
        if (key != null) {
            Optional<Report> earlier = reports.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return acknowledgement(earlier.get(), (int) reports.countPhotos(earlier.get().id()), true);
            }
        }
        Instant now = Instant.now();
        ReportKindView kind = valid.kind();
        String department = departments.routingOf(valid.unit().id()).routeNew(kind.departmentCode());
        Report report = new Report(valid.unit().key(), TrackingCode.generate(PortalTime.dateOf(now).getYear()), key,
                kind.code(), department, kind.dueWorkingDays(), channel, valid.place(), valid.occurredAt(),
                valid.description(), valid.mediaLink(), JSON.toJson(valid.attributes()), valid.contact(), now);
        reports.add(report);
        reports.addEvent(new ReportEvent(report.id(), now, ReportEvent.RESIDENT, ReportEventType.SUBMITTED, null,
                report.status(), ReportEventText.SUBMITTED.code(), ""));
        for (CleanImage image : images) {
            reports.addPhoto(new ReportPhoto(report.id(), image.sha256(), image.format(), image.bytes().length,
                    image.width(), image.height(), now));
        }
        return acknowledgement(report, images.size(), false);
    }

    public Optional<SubmittedReport> findByKey(String key) {
        return reports.findByIdempotencyKey(key)
                .map(report -> acknowledgement(report, (int) reports.countPhotos(report.id()), true));
    }


    private static SubmittedReport acknowledgement(Report report, int photoCount, boolean replayed) {
        return new SubmittedReport(report.id(), report.trackingCode().value(), report.kindCode(), report.submittedAt(),
                report.dueDate(), photoCount, report.contact().hasEmail(), replayed, report.unitId());
    }
}
