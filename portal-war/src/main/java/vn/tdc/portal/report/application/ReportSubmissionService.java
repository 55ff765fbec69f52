package vn.tdc.portal.report.application;

import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.tdc.portal.media.domain.CleanImage;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.report.domain.MediaLink;
import vn.tdc.portal.report.domain.ReportContact;
import vn.tdc.portal.report.domain.ReportPlace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receives residents' reports from every channel (web form, JSON API, Open311). A report is acknowledged only
 * after its transaction — report, first event and photo rows — has committed, with its photos already stored; if
 * anything fails nothing stays behind. A submission that repeats an idempotency key returns the first report
 * (validated again first: a malformed retry is still answered with its errors).
 */
@ApplicationScoped
public class ReportSubmissionService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{8,20}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,80}");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    private static final int CODE_ATTEMPTS = 3;

    @Inject
    ReportCatalog catalog;

    @Inject
    PhotoIntake photos;

    @Inject
    NewReportWriter writer;

    @Inject
    UnitDirectory units;

    @Inject
    Event<ReportAcknowledged> acknowledged;

    public SubmittedReport submit(NewReport input) {
        FieldProblems problems = new FieldProblems();
        String key = idempotencyKey(input.idempotencyKey(), problems);
        ValidReport report = validate(input, problems);
        List<CleanImage> images = photos.clean(input.photos(), "photos", problems);
        problems.throwIfAny();

        List<CleanImage> written = photos.store(images);
        for (int attempt = 1; ; attempt++) {
            try {
                SubmittedReport submitted = writer.insert(report, key, input.channel(), images);
                acknowledged.fire(new ReportAcknowledged(submitted.trackingCode(), report.contact().email(),
                        submitted.expectedDate(), report.unit().id()));
                return submitted;
            } catch (PersistenceException e) {
                if (key != null) {
                    Optional<SubmittedReport> concurrent = writer.findByKey(key);
                    if (concurrent.isPresent()) {
                        photos.discardUnreferenced(written);
                        return concurrent.get();
                    }
                }
                if (attempt == CODE_ATTEMPTS) {
                    photos.discardUnreferenced(written);
                    throw e;
                }
                // a tracking-code collision (about one in 10^12): try again with a fresh code
            } catch (RuntimeException e) {
                photos.discardUnreferenced(written);
                throw e;
            }
        }
    }

    private static String idempotencyKey(String value, FieldProblems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        if (!KEY.matcher(key).matches()) {
            problems.add("idempotencyKey", "report.validation.idempotency_key");
            return null;
        }
        return key;
    }

    private ValidReport validate(NewReport input, FieldProblems problems) {
        Optional<ReportKindView> kind = catalog.kind(input.kindCode()).filter(ReportKindView::active);
        if (kind.isEmpty()) {
            problems.add("kind", "report.validation.unknown_kind");
        }
        String placeName = problems.text("placeName", input.place().name(), ReportLimits.PLACE_NAME, true);
        String address = problems.text("address", input.place().address(), ReportLimits.ADDRESS, false);
        String description = problems.text("description", input.description(), ReportLimits.DESCRIPTION, true);
        String mediaUrl = problems.text("mediaUrl", input.mediaUrl(), MediaLink.MAX_LENGTH, false);
        if (!mediaUrl.isEmpty() && !MediaLink.isValid(mediaUrl)) {
            problems.add("mediaUrl", "report.validation.media_url");
        }
        coordinates(input.place().latitude(), input.place().longitude(), problems);
        Optional<UnitView> unit = unit(input, problems);
        if (input.occurredAt() != null && input.occurredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            problems.add("occurredAt", "report.validation.occurred_in_future");
        }
        Map<String, String> attributes = kind.map(k -> attributes(k, input.attributes(), problems)).orElse(Map.of());
        ReportContact contact = input.contact().anonymous() ? ReportContact.ANONYMOUS
                : contact(input.contact(), problems);
        if (input.photos().size() > ReportLimits.PHOTOS) {
            problems.add("photos", "report.validation.too_many_photos", ReportLimits.PHOTOS);
        }
        if (!problems.isEmpty() || kind.isEmpty() || unit.isEmpty()) {
            return null;
        }
        ReportPlace place = new ReportPlace(placeName, address, input.place().latitude(), input.place().longitude());
        return new ValidReport(unit.get(), kind.get(), place, input.occurredAt(), description,
                mediaUrl.isEmpty() ? null : new MediaLink(mediaUrl), attributes, contact);
    }

    /**
     * The ward the report is for: the one named (by code or slug), else the one whose area holds the point, else the
     * default ward. A name that is no active ward is a problem of field {@code unit}.
     */
    private Optional<UnitView> unit(NewReport input, FieldProblems problems) {
        String named = input.unitCode() == null ? "" : input.unitCode().strip();
        if (!named.isEmpty()) {
            Optional<UnitView> ward = units.byCode(named).or(() -> units.bySlug(named))
                    .filter(UnitView::isWard).filter(UnitView::active);
            if (ward.isEmpty()) {
                problems.add("unit", "report.validation.unknown_unit");
            }
            return ward;
        }
        BigDecimal latitude = input.place().latitude();
        BigDecimal longitude = input.place().longitude();
        if (latitude != null && longitude != null) {
            Optional<UnitView> ward = units.wardAt(latitude.doubleValue(), longitude.doubleValue());
            if (ward.isPresent()) {
                return ward;
            }
        }
        return Optional.of(units.defaultWard());
    }

    private static void coordinates(BigDecimal latitude, BigDecimal longitude, FieldProblems problems) {
        if ((latitude == null) != (longitude == null)) {
            problems.add(latitude == null ? "latitude" : "longitude", "report.validation.coordinates_pair");
            return;
        }
        if (latitude != null) {
            if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
                problems.add("latitude", "report.validation.latitude");
            }
            if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                problems.add("longitude", "report.validation.longitude");
            }
        }
    }

    private static Map<String, String> attributes(ReportKindView kind, Map<String, String> given, FieldProblems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String code : given.keySet()) {
            if (kind.attributes().stream().noneMatch(a -> a.code().equals(code))) {
                problems.add("attributes." + code, "report.validation.unknown_attribute");
            }
        }
        for (KindAttribute attribute : kind.attributes()) {
            String field = "attributes." + attribute.code();
            String value = problems.text(field, given.get(attribute.code()), ReportLimits.ATTRIBUTE_VALUE,
                    attribute.required());
            if (value.isEmpty()) {
                continue;
            }
            if (attribute.isNumber()) {
                String number = value.replace(',', '.');
                try {
                    if (new BigDecimal(number).signum() < 0) {
                        problems.add(field, "report.validation.number");
                    }
                    value = number;
                } catch (NumberFormatException e) {
                    problems.add(field, "report.validation.number");
                }
            }
            values.put(attribute.code(), value);
        }
        return values;
    }

    private static ReportContact contact(NewReport.Contact input, FieldProblems problems) {
        String name = problems.text("contactName", input.name(), ReportLimits.CONTACT_NAME, false);
        String phone = problems.text("contactPhone", input.phone(), ReportLimits.CONTACT_PHONE, false);
        String email = problems.text("contactEmail", input.email(), ReportLimits.CONTACT_EMAIL, false);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add("contactPhone", "report.validation.phone");
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add("contactEmail", "report.validation.email");
        }
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            problems.add("contactName", "report.validation.contact_or_anonymous");
        }
        return new ReportContact(name, phone, email);
    }

    /** Fails with 404 in the API's format; used by callers that look a report up by its code. */
    static ProblemException notFound(String code) {
        return ProblemException.of(ProblemKind.NOT_FOUND, "report.error.not_found", code);
    }

    /** A report that passed validation, ready to be written; {@code mediaLink} is null when none was sent. */
    public record ValidReport(UnitView unit, ReportKindView kind, ReportPlace place, Instant occurredAt, String description,
                              MediaLink mediaLink, Map<String, String> attributes, ReportContact contact) {
    }
}
