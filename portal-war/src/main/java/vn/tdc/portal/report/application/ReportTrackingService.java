package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportEvent;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a resident can do with a tracking code: follow the report, add information or photos while it is open, and
 * say whether the outcome satisfied them (reopening within the window). What the holder of a code reads never shows
 * another report's code ({@link TrackingCodeRedaction}).
 */
@ApplicationScoped
public class ReportTrackingService {

    @Inject
    ReportRepository reports;

    @Inject
    ReportCatalog catalog;

    @Inject
    PhotoIntake photos;

    @Inject
    ProblemValidator validator;

    @Inject
    ResidentReportTransactions transactions;

    @Transactional
    public Optional<TrackedReport> track(String code) {
        return TrackingCode.parse(code).flatMap(reports::findByTrackingCode).map(this::view);
    }

    /** Adds a text and/or photos to an open report; the total of photos stays within the limit. */
    public TrackedReport addInformation(String code, String text, List<byte[]> newPhotos) {
        FieldProblems problems = new FieldProblems();
        problems.addAll(validator.problems(new Information(text)));
        String information = text == null ? "" : text.strip();
        List<byte[]> uploads = newPhotos == null ? List.of() : newPhotos;
        if (information.isEmpty() && uploads.isEmpty()) {
            problems.add("text", "report.validation.information_empty");
        }
        List<CleanImage> images = photos.clean(uploads, "photos", problems);
        problems.throwIfAny();
        TrackingCode trackingCode = TrackingCode.parse(code).orElseThrow(() -> ReportSubmissionService.notFound(code));
        List<CleanImage> written = photos.store(images);
        try {
            transactions.addInformation(trackingCode, information, images);
        } catch (RuntimeException e) {
            photos.discardUnreferenced(written);
            throw e;
        }
        return track(code).orElseThrow();
    }

    public TrackedReport feedback(String code, boolean satisfied, boolean reopen, String comment) {
        FieldProblems problems = new FieldProblems();
        problems.addAll(validator.problems(new Feedback(comment)));
        problems.throwIfAny();
        String text = comment == null ? "" : comment.strip();
        TrackingCode trackingCode = TrackingCode.parse(code).orElseThrow(() -> ReportSubmissionService.notFound(code));
        transactions.feedback(trackingCode, satisfied, reopen, text);
        return track(code).orElseThrow();
    }

    private TrackedReport view(Report report) {
        Instant now = Instant.now();
        String kindName = catalog.kind(report.kindCode()).map(ReportKindView::name).orElse(report.kindCode());
        List<TrackedReport.PhotoView> photoViews = reports.photos(report.id()).stream()
                .map(photo -> photoView(photo, report)).toList();
        List<TrackedReport.HistoryEntry> history = reports.events(report.id()).stream()
                .filter(ReportEvent::isPublic)
                .map(e -> new TrackedReport.HistoryEntry(e.occurredAt(), e.toStatus().map(s -> s.code()).orElse(null),
                        TrackingCodeRedaction.redact(ReportEventTexts.shown(e.publicText()))))
                .toList();
        boolean closed = report.status().isClosed();
        return new TrackedReport(report.trackingCode().value(), report.kindCode(), kindName, report.status().code(),
                closed, report.submittedAt(), report.dueDate(), report.isOverdue(PortalTime.today()),
                report.place().name(), TrackingCodeRedaction.redact(report.description()),
                TrackingCodeRedaction.redact(ReportEventTexts.shown(report.closingReason())), photoViews, history,
                report.satisfied().orElse(null), closed, report.canReopen(now),
                !closed && photoViews.size() < ReportLimits.PHOTOS);
    }

    /** The address of a photo for the holder of the tracking code. */
    static TrackedReport.PhotoView photoView(ReportPhoto photo, Report report) {
        return new TrackedReport.PhotoView(photo.id(), ReportPhotoUrls.forResident(photo.id(), report.trackingCode()),
                photo.width(), photo.height());
    }

    /** The text a resident adds to an open report. */
    record Information(@PrintableText(max = ReportLimits.DESCRIPTION) String text) {
    }

    /** The comment of a resident's feedback on the outcome. */
    record Feedback(@PrintableText(max = ReportLimits.NOTE) String comment) {
    }
}
