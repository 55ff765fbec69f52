package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.report.domain.Report;
import vn.tdc.portal.report.domain.ReportPhoto;
import vn.tdc.portal.report.domain.ReportRepository;
import vn.tdc.portal.report.domain.TrackingCode;

import java.time.Instant;
import java.util.List;

/** The transactions behind the resident's changes, in their own bean so they are intercepted. */
@ApplicationScoped
@Transactional
public class ResidentReportTransactions {

    @Inject
    ReportRepository reports;

    public void addInformation(TrackingCode code, String text, List<CleanImage> images) {
        Report report = reports.findByTrackingCode(code).orElseThrow(() -> ReportSubmissionService.notFound(code.value()));
        if (report.status().isClosed()) {
            throw ProblemException.of(ProblemKind.CONFLICT, "report.rule.information_closed");
        }
        if (reports.countPhotos(report.id()) + images.size() > ReportLimits.PHOTOS) {
            throw ProblemException.invalid("report.validation.failed",
                    List.of(FieldProblem.of("photos", "report.validation.too_many_photos", ReportLimits.PHOTOS)));
        }
        Instant now = Instant.now();
        if (!text.isEmpty()) {
            reports.addEvent(report.addInformation(text, now));
        }
        for (CleanImage image : images) {
            reports.addPhoto(new ReportPhoto(report.id(), image.sha256(), image.format(), image.bytes().length,
                    image.width(), image.height(), now));
            reports.addEvent(report.photoAdded(now));
        }
    }

    public void feedback(TrackingCode code, boolean satisfied, boolean reopen, String comment) {
        Report report = reports.findByTrackingCode(code).orElseThrow(() -> ReportSubmissionService.notFound(code.value()));
        reports.addEvent(report.feedback(satisfied, reopen, comment, Instant.now()));
    }

}
