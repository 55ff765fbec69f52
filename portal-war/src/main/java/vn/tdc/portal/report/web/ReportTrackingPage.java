package vn.tdc.portal.report.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.report.application.PhotoIntake;
import vn.tdc.portal.report.application.ReportLimits;
import vn.tdc.portal.report.application.ReportTrackingService;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.TrackedReport;
import vn.tdc.portal.report.application.TrackingLookupRateLimit;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Following a report with its tracking code ({@code /tra-cuu}, {@code ?ma=}): state, expected date, public history
 * and photos; while it is open the resident may add information and photos, once it is closed they say whether the
 * outcome satisfied them and may ask for a review within the window. An unknown code is a notice on the page; too
 * many lookups from one address ({@link TrackingLookupRateLimit}) are refused with a message.
 */
@Named
@ViewScoped
public class ReportTrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MORE_FORM = "more";
    static final String FEEDBACK_FORM = "feedback";
    private static final Pattern UNHYPHENATED = Pattern.compile("PA-?(\\d{4})-?([0-9A-Z]{8})");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ReportTrackingService tracking;

    @Inject
    SubmissionRateLimit rateLimit;

    @Inject
    TrackingLookupRateLimit lookups;

    @Inject
    PhotoIntake photoIntake;

    private String code;
    private String uploadTooLarge;
    private TrackedReport report;
    private String information;
    private transient List<Part> photos;
    private String satisfied;
    private String comment;
    private boolean limited;

    /** Looks the code up as the resident typed it: spaces, lower case and missing hyphens are forgiven. */
    public void load() {
        report = null;
        if (isSearched()) {
            try {
                lookups.check(remoteAddress());
            } catch (ProblemException e) {
                limited = true;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(ErrorCode.of(e.kind()).status());
                error(null, e.getMessage());
                return;
            }
            report = tracking.track(normalise(code)).orElse(null);
        }
        if (uploadTooLarge != null) {
            error(null, Messages.format("reportForm.photos.requestTooLarge", ReportLimits.PHOTOS,
                    photoIntake.maxBytes() / (1024 * 1024)));
        }
    }

    static String normalise(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher matcher = UNHYPHENATED.matcher(compact);
        return matcher.matches() ? "PA-" + matcher.group(1) + "-" + matcher.group(2) : compact;
    }

    public void addInformation() {
        List<byte[]> uploads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            if (photos != null) {
                for (Part part : photos) {
                    String name = part.getSubmittedFileName();
                    if (part.getSize() == 0 && (name == null || name.isBlank())) {
                        continue;
                    }
                    try (var in = part.getInputStream()) {
                        uploads.add(in.readAllBytes());
                        names.add(name == null ? "" : name);
                    }
                }
            }
        } catch (IOException e) {
            error(null, Messages.get("reportForm.photos.unreadable"));
            return;
        }
        try {
            rateLimit.check(remoteAddress());
            report = tracking.addInformation(report.trackingCode(), information, uploads);
            information = null;
            info(MORE_FORM, Messages.get("reportTracking.more.done"));
        } catch (ProblemException e) {
            show(e, MORE_FORM, names);
        }
    }

    /** "Gửi đánh giá": satisfied or not, with an optional comment. */
    public void rate() {
        if (satisfied == null || satisfied.isBlank()) {
            error(FEEDBACK_FORM + ":satisfied", Messages.get("reportTracking.feedback.choose"));
            return;
        }
        feedback("yes".equals(satisfied), false, "reportTracking.feedback.thanks");
    }

    /** "Đề nghị xem xét lại": not satisfied, and the report goes back to verification. */
    public void reopen() {
        feedback(false, true, "reportTracking.feedback.reopened");
    }

    private void feedback(boolean isSatisfied, boolean reopen, String doneKey) {
        try {
            lookups.check(remoteAddress());
            report = tracking.feedback(report.trackingCode(), isSatisfied, reopen, comment);
            comment = null;
            satisfied = null;
            info(null, Messages.get(doneKey));
        } catch (ProblemException e) {
            show(e, FEEDBACK_FORM, List.of());
        }
    }

    /** The failure in the form; field problems next to their inputs, a photo's problem with its name. */
    private void show(ProblemException e, String form, List<String> photoNames) {
        if (e.kind() != ProblemKind.INVALID || e.fields().isEmpty()) {
            error(form, e.getMessage());
            return;
        }
        ProblemException named = e.withFields(e.fields().stream().map(p -> withPhotoName(p, photoNames)).toList());
        for (FieldProblem unplaced : ProblemMessages.showAtInputs(named, form)) {
            error(form, unplaced.message());
        }
    }

    private static FieldProblem withPhotoName(FieldProblem problem, List<String> photoNames) {
        String field = problem.field() == null ? "" : problem.field();
        if (!field.startsWith("photos[")) {
            return problem;
        }
        int index = Integer.parseInt(field.replaceAll("\\D", ""));
        String name = index < photoNames.size() ? photoNames.get(index) : "";
        return FieldProblem.of(field, "reportForm.photos.problem", index + 1, name, problem.message());
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** "21/11/2026 18:05", Vietnam time. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "04/12/2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public boolean isSearched() {
        return code != null && !code.isBlank();
    }

    /** The lookup was refused by {@link TrackingLookupRateLimit}: no "unknown code" notice then. */
    public boolean isLimited() {
        return limited;
    }

    /** How many more photos the report can take. */
    public int getPhotosLeft() {
        return report == null ? 0 : Math.max(0, ReportLimits.PHOTOS - report.photos().size());
    }

    /** "Còn có thể gửi thêm 2 ảnh…". */
    public String getPhotosHint() {
        return Messages.format("reportTracking.more.photosHint", getPhotosLeft(), photoIntake.maxBytes() / (1024 * 1024));
    }

    public long getPhotoMaxBytes() {
        return photoIntake.maxBytes();
    }

    public int getTextLimit() {
        return ReportLimits.DESCRIPTION;
    }

    public int getCommentLimit() {
        return ReportLimits.NOTE;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUploadTooLarge() {
        return uploadTooLarge;
    }

    /** {@code ?qua-lon=1}: the previous post was refused unread for its size (see {@link ReportUploadSizeFilter}). */
    public void setUploadTooLarge(String uploadTooLarge) {
        this.uploadTooLarge = uploadTooLarge;
    }

    public TrackedReport getReport() {
        return report;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String information) {
        this.information = information;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }

    public String getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(String satisfied) {
        this.satisfied = satisfied;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
