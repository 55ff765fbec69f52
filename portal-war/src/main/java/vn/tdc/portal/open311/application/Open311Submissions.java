package vn.tdc.portal.open311.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.NewReport;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.application.ReportSubmissionService;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.SubmittedReport;
import vn.tdc.portal.report.domain.ReportChannel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POST {@code requests}: a report from an Open311 client, received by the same {@link ReportSubmissionService} as
 * the web form, so the same rules apply. The client needs an active API key; its submissions are counted per key by
 * {@link SubmissionRateLimit}. As the specification says, a location is a map point ({@code lat} and {@code long})
 * or an address ({@code address_string}); {@code address_id} alone is refused with the reason (the portal has no
 * address register). The report's place (required by the domain) is the portal's extension {@code place_name}, else
 * the address, else a readable name of the point ("Vị trí 21.03330, 106.05000"): FixMyStreet sends only the point.
 * The description is optional in the specification: without one the report says which kind it is and that the
 * client sent no description. {@code media_url} is kept as a link for officers. Problems are reported under the
 * Open311 parameter names. {@code jurisdiction_id} names the ward (its code; one that names no ward is a 400 on
 * {@code jurisdiction_id}); without it the report goes to the ward around its point, else to the default ward.
 * The client's idempotency key is scoped to its API key, so one client can never obtain
 * another's report by reusing its key.
 */
@ApplicationScoped
public class Open311Submissions {

    private static final Pattern COORDINATE = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final int COORDINATE_SCALE = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("unit", "jurisdiction_id"),
            Map.entry("kind", "service_code"),
            Map.entry("address", "address_string"),
            Map.entry("latitude", "lat"),
            Map.entry("longitude", "long"),
            Map.entry("contactName", "first_name"),
            Map.entry("contactPhone", "phone"),
            Map.entry("contactEmail", "email"),
            Map.entry("idempotencyKey", "idempotency_key"),
            Map.entry("description", "description"),
            Map.entry("mediaUrl", "media_url"));

    /** Where the report's place name came from, to name the parameter when it is refused. */
    enum PlaceSource {
        PLACE_NAME("place_name"),
        ADDRESS("address_string"),
        POINT("lat");

        final String parameter;

        PlaceSource(String parameter) {
            this.parameter = parameter;
        }
    }

    @Inject
    ApiKeyService apiKeys;

    @Inject
    SubmissionRateLimit rateLimit;

    @Inject
    Open311Queries services;

    @Inject
    ReportSubmissionService submissions;

    public PostedRequest submit(ServiceRequestForm form) {
        ApiKeyView key = apiKeys.findActive(form.apiKey()).orElseThrow(() ->
                ProblemException.of(ProblemKind.FORBIDDEN, "open311.error.api_key"));
        rateLimit.check("open311-key:" + key.id());

        List<FieldProblem> problems = new ArrayList<>();
        Optional<ReportKindView> service = Optional.empty();
        if (ServiceRequestForm.isBlank(form.serviceCode())) {
            problems.add(detail("service_code", "open311.validation.service_code_required"));
        } else {
            service = services.service(form.serviceCode().strip());
            if (service.isEmpty()) {
                problems.add(detail("service_code", "open311.validation.service_code_unknown",
                        form.serviceCode().strip()));
            }
        }
        BigDecimal latitude = coordinate("lat", form.latitude(), problems);
        BigDecimal longitude = coordinate("long", form.longitude(), problems);
        boolean hasAddress = !ServiceRequestForm.isBlank(form.addressString());
        boolean latitudeGiven = !ServiceRequestForm.isBlank(form.latitude());
        boolean longitudeGiven = !ServiceRequestForm.isBlank(form.longitude());
        if (latitudeGiven != longitudeGiven) {
            problems.add(detail(latitudeGiven ? "long" : "lat", "report.validation.coordinates_pair"));
        } else if (!latitudeGiven && !hasAddress) {
            problems.add(ServiceRequestForm.isBlank(form.addressId())
                    ? detail(null, "open311.validation.location_required")
                    : detail("address_id", "open311.validation.address_id_unsupported"));
        }
        String idempotencyKey = null;
        if (!ServiceRequestForm.isBlank(form.idempotencyKey())) {
            if (IDEMPOTENCY_KEY.matcher(form.idempotencyKey().strip()).matches()) {
                idempotencyKey = "o311-" + key.id() + "-" + form.idempotencyKey().strip();
            } else {
                problems.add(detail("idempotency_key", "open311.validation.idempotency_key"));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }

        PlaceSource placeSource = !ServiceRequestForm.isBlank(form.placeName()) ? PlaceSource.PLACE_NAME
                : hasAddress ? PlaceSource.ADDRESS : PlaceSource.POINT;
        String placeName = switch (placeSource) {
            case PLACE_NAME -> form.placeName();
            case ADDRESS -> form.addressString();
            case POINT -> pointName(latitude, longitude);
        };
        String address = placeSource == PlaceSource.PLACE_NAME ? form.addressString() : "";
        String description = ServiceRequestForm.isBlank(form.description())
                ? Messages.format("open311.request.default_description", service.orElseThrow().name())
                : form.description();
        NewReport report = NewReport.from(ReportChannel.OPEN311, form.serviceCode().strip())
                .place(placeName, address, latitude, longitude)
                .description(description)
                .attributes(form.attributes())
                .contact(form.anonymous(), form.contactName(), form.phone(), form.email())
                .mediaUrl(form.mediaUrl())
                .idempotencyKey(idempotencyKey)
                .unit(ServiceRequestForm.isBlank(form.jurisdictionId()) ? null : form.jurisdictionId().strip())
                .build();
        SubmittedReport submitted;
        try {
            submitted = submissions.submit(report);
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            throw e.withFields(e.fields().stream().map(d -> d.at(open311Field(d.field(), placeSource))).toList());
        }
        return new PostedRequest(Long.toString(submitted.id()), submitted.trackingCode(),
                Messages.format("open311.request.posted_notice", DAY.format(submitted.expectedDate())),
                submitted.replayed());
    }

    /** A readable place for a report known only by its map point, e.g. "Vị trí 21.03330, 106.05000" (about 1 m). */
    static String pointName(BigDecimal latitude, BigDecimal longitude) {
        return Messages.format("open311.request.place_from_point",
                latitude.setScale(5, RoundingMode.HALF_UP).toPlainString(),
                longitude.setScale(5, RoundingMode.HALF_UP).toPlainString());
    }

    /** The Open311 parameter a field of {@link NewReport} came from. */
    static String open311Field(String field, PlaceSource placeSource) {
        if (field == null) {
            return null;
        }
        if (field.equals("placeName")) {
            return placeSource.parameter;
        }
        if (field.startsWith("attributes.")) {
            return "attribute[" + field.substring("attributes.".length()) + "]";
        }
        return FIELDS.getOrDefault(field, field);
    }

    private static BigDecimal coordinate(String field, String value, List<FieldProblem> problems) {
        if (ServiceRequestForm.isBlank(value)) {
            return null;
        }
        if (!COORDINATE.matcher(value.strip()).matches()) {
            problems.add(detail(field, "open311.validation.coordinate"));
            return null;
        }
        return new BigDecimal(value.strip()).setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
    }

    private static FieldProblem detail(String field, String key, Object... arguments) {
        return FieldProblem.of(field, key, arguments);
    }

    private static ProblemException invalid(List<FieldProblem> problems) {
        return ProblemException.invalid("report.validation.failed", problems);
    }
}
