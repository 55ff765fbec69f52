package vn.tdc.portal.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.FormParts;
import vn.tdc.portal.platform.api.MultipartUpload;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.ratelimit.RateLimited;
import vn.tdc.portal.report.application.NewReport;
import vn.tdc.portal.report.application.PublicStatistics;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.application.ReportLimits;
import vn.tdc.portal.report.application.ReportStatisticsService;
import vn.tdc.portal.report.application.ReportSubmissionService;
import vn.tdc.portal.report.application.ReportTrackingService;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.SubmittedReport;
import vn.tdc.portal.report.application.TrackedReport;
import vn.tdc.portal.report.application.TrackingPage;
import vn.tdc.portal.report.application.TrackingLookupRateLimit;
import vn.tdc.portal.report.domain.ReportChannel;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The residents' report API: kinds, submission (JSON, or multipart with up to three photos), tracking by code,
 * follow-up information and feedback. The tracking code is the only credential; contact details are never returned.
 * Filing and adding information are limited per client by {@link SubmissionRateLimit}, using a code (tracking,
 * feedback) by {@link TrackingLookupRateLimit}: both counted by {@link RateLimited} before the body is read.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phản ánh")
public class ReportResource {

    /** A multipart body holds at most three photos of this size, plus {@link #FIELD_BYTES} for the rest. */
    static final long PHOTO_BYTES = 5L * 1024 * 1024;
    static final long FIELD_BYTES = 64 * 1024;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RequestValidator validator;

    @Inject
    ReportCatalog catalog;

    @Inject
    ReportSubmissionService submissions;

    @Inject
    ReportTrackingService tracking;

    @Inject
    TrackingPage trackingPage;

    @Inject
    ReportStatisticsService statistics;

    /** The response body of the kinds: {@code {"kinds":[…]}}. */
    public record Kinds(List<ReportKindView> kinds) {
    }

    @GET
    @Path("kinds")
    @Operation(summary = "Các loại phản ánh với thông tin bổ sung cần hỏi")
    public Kinds kinds() {
        return new Kinds(catalog.activeKinds());
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Số liệu tổng hợp công khai về phản ánh; unit = mã phường/xã hoặc tỉnh để chỉ xem đơn vị đó")
    public PublicStatistics statistics(@QueryParam("unit") String unit) {
        return statistics.statistics(unit);
    }

    @POST
    @RateLimited(SubmissionRateLimit.class)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gửi phản ánh (JSON, không kèm ảnh)")
    public Response submit(ReportRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return submitted(submit(request, idempotencyKey, List.of()));
    }

    @POST
    @RateLimited(SubmissionRateLimit.class)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MultipartUpload(files = ReportLimits.PHOTOS, fileBytes = PHOTO_BYTES, fieldBytes = FIELD_BYTES,
            malformed = "report.api.multipart_malformed")
    @Operation(summary = "Gửi phản ánh kèm ảnh: phần 'report' (JSON) và tối đa 3 phần 'photos' (JPEG, PNG, WebP ≤ 5 MB)")
    public Response submitWithPhotos(List<EntityPart> parts, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        FormParts form = FormParts.read(parts);
        return submitted(submit(json(form, "report", ReportRequest.class), idempotencyKey, photos(form)));
    }

    @GET
    @Path("{code}")
    @RateLimited(TrackingLookupRateLimit.class)
    @Operation(summary = "Tra cứu phản ánh theo mã: trạng thái, lịch sử công khai, hạn xử lý")
    public TrackedReport track(@PathParam("code") String code) {
        return tracking.track(code).orElseThrow(() -> notFound(code));
    }

    @POST
    @Path("{code}/information")
    @RateLimited(SubmissionRateLimit.class)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bổ sung thông tin cho phản ánh đang xử lý")
    public TrackedReport addInformation(@PathParam("code") String code, ResidentRequests.Information request) {
        return tracking.addInformation(code, validator.valid(request).text, List.of());
    }

    @POST
    @Path("{code}/information")
    @RateLimited(SubmissionRateLimit.class)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MultipartUpload(files = ReportLimits.PHOTOS, fileBytes = PHOTO_BYTES, fieldBytes = FIELD_BYTES,
            malformed = "report.api.multipart_malformed")
    @Operation(summary = "Bổ sung thông tin và ảnh: phần 'text' và các phần 'photos'")
    public TrackedReport addInformationWithPhotos(@PathParam("code") String code, List<EntityPart> parts) {
        FormParts form = FormParts.read(parts);
        return tracking.addInformation(code, form.field("text").orElse(null), photos(form));
    }

    @POST
    @Path("{code}/feedback")
    @RateLimited(TrackingLookupRateLimit.class)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đánh giá kết quả xử lý; reopen=true để đề nghị xem xét lại (trong 7 ngày)")
    public TrackedReport feedback(@PathParam("code") String code, ResidentRequests.Feedback request) {
        ResidentRequests.Feedback body = validator.valid(request);
        if (body.satisfied == null) {
            throw ProblemException.invalid("report.validation.failed",
                    List.of(FieldProblem.of("satisfied", "report.validation.required")));
        }
        return tracking.feedback(code, body.satisfied, body.reopen, body.comment);
    }

    private SubmittedReport submit(ReportRequest request, String headerKey, List<byte[]> photos) {
        ReportRequest body = validator.valid(request);
        ReportRequest.Contact contact = body.contact == null ? new ReportRequest.Contact() : body.contact;
        String key = headerKey != null && !headerKey.isBlank() ? headerKey : body.idempotencyKey;
        return submissions.submit(NewReport.from(ReportChannel.API, body.kind)
                .place(body.placeName, body.address, body.latitude, body.longitude)
                .occurredAt(occurredAt(body.occurredAt))
                .description(body.description)
                .attributes(body.attributes)
                .contact(body.anonymous, contact.name, contact.phone, contact.email)
                .photos(photos)
                .idempotencyKey(key)
                .unit(body.unit)
                .build());
    }

    private Response submitted(SubmittedReport submitted) {
        ReportAcknowledgement body = ReportAcknowledgement.of(submitted,
                trackingPage.path(submitted.trackingCode(), submitted.unitId()));
        if (submitted.replayed()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/api/reports/" + submitted.trackingCode())).entity(body).build();
    }

    private static Instant occurredAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("report.validation.failed",
                    List.of(FieldProblem.of("occurredAt", "report.validation.datetime")));
        }
    }


    private static ProblemException notFound(String code) {
        return ProblemException.of(ProblemKind.NOT_FOUND, "report.error.not_found", code);
    }

    private static <T> T json(FormParts form, String name, Class<T> type) {
        String text = form.field(name).orElseThrow(() ->
                ProblemException.of(ProblemKind.BAD_REQUEST, "report.api.part_missing", name));
        try {
            return JSON.fromJson(text, type);
        } catch (JsonbException e) {
            throw ProblemException.of(ProblemKind.MALFORMED, "api.error.malformed_json");
        }
    }

    private static List<byte[]> photos(FormParts form) {
        return form.files("photos").stream().map(FormParts.Part::content).toList();
    }
}
