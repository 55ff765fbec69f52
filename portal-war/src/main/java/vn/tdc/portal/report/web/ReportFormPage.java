package vn.tdc.portal.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import vn.tdc.portal.metrology.application.InstrumentLookup;
import vn.tdc.portal.metrology.application.PublicInstrumentView;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.NewReport;
import vn.tdc.portal.report.application.PhotoIntake;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.application.ReportLimits;
import vn.tdc.portal.report.application.ReportSubmissionService;
import vn.tdc.portal.report.application.SubmissionRateLimit;
import vn.tdc.portal.report.application.SubmittedReport;
import vn.tdc.portal.report.application.TrackingPage;
import vn.tdc.portal.report.domain.ReportChannel;
import vn.tdc.portal.unit.web.CurrentWard;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The resident's report form ({@code /{ward}/phan-anh}, {@code ?loai=} preselects a kind), filed into the ward whose
 * page it is. Everything is checked by
 * {@link ReportSubmissionService}, the same rules as the API; its problems are shown next to the inputs they concern
 * and listed at the top, and what the resident typed stays (only chosen photos must be chosen again: a browser never
 * refills a file input). The idempotency key is drawn once per view, so a double click, a retry or a reload of the
 * answer returns the report already filed instead of filing a second one.
 *
 * <p>The summary at the top has a title (why the report was not filed) and one entry a problem, named by a short
 * label and linked to its input; the page moves the focus to it after a refused submission.
 */
@Named
@ViewScoped
public class ReportFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "report";
    /** The contact step as a whole (a contact or "send anonymously"); not a field of the service. */
    private static final String CONTACT = "contact";
    private static final DateTimeFormatter INPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<String> PLAIN_FIELDS = Set.of("placeName", "address", "description", "occurredAt",
            "latitude", "longitude", "contactName", "contactPhone", "contactEmail");

    @Inject
    ReportSubmissionService submissions;

    @Inject
    ReportCatalog catalog;

    @Inject
    SubmissionRateLimit rateLimit;

    @Inject
    PhotoIntake photoIntake;

    @Inject
    CurrentWard currentWard;

    @Inject
    TrackingPage trackingPage;

    @Inject
    InstrumentLookup instruments;

    /** The ward the report is filed into: the one whose page the form was opened on ({@code /xa-dong-cuu/phan-anh}). */
    private String unitCode;
    private String unitName;

    private List<ReportKindView> kinds;
    private final Map<String, Map<String, String>> attributeValues = new HashMap<>();
    private String requestedKind;
    private String requestedPlace;
    private String requestedInstrument;
    /** The instrument a QR page's link named ({@code ?ma=}), grouped; null when none. */
    private String instrumentCode;
    private String uploadTooLarge;
    private String kindCode;
    private String placeName;
    private String address;
    private String latitude;
    private String longitude;
    private String occurredAt = LocalDateTime.now(PortalTime.ZONE).truncatedTo(ChronoUnit.MINUTES).format(INPUT_TIME);
    private String description;
    private boolean anonymous;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private transient List<Part> photos;
    private boolean photosToChooseAgain;
    private SubmittedReport submitted;
    private String summaryTitle;
    private final List<Problem> problems = new ArrayList<>();

    /** An entry of the summary: the problem in words and the client id of its input, if the form has one. */
    public record Problem(String text, String target) implements Serializable {
    }

    @PostConstruct
    void load() {
        unitCode = currentWard.getWard().code();
        unitName = currentWard.getWard().fullName();
        kinds = catalog.activeKinds();
        for (ReportKindView kind : kinds) {
            attributeValues.put(kind.code(), new LinkedHashMap<>());
        }
    }

    /** "xã Đông Cứu, tỉnh Bắc Ninh": where the report goes, shown on the form. */
    public String getUnitName() {
        return unitName;
    }

    /**
     * {@code ?loai=}: an active kind's code preselects it; anything else preselects nothing. {@code ?noi=} fills the
     * place and {@code ?ma=} names an instrument ({@link ReportPrefill}).
     */
    public void preselect() {
        if (requestedKind != null && attributeValues.containsKey(requestedKind)) {
            kindCode = requestedKind;
        }
        if (placeName == null || placeName.isBlank()) {
            placeName = ReportPrefill.place(requestedPlace);
        }
        if (requestedInstrument != null) {
            instruments.find(requestedInstrument).filter(i -> i.wardCode().equals(unitCode))
                    .ifPresent(this::aboutInstrument);
        }
        if (uploadTooLarge != null) {
            globalError(Messages.format("reportForm.photos.requestTooLarge", ReportLimits.PHOTOS,
                    photoIntake.maxBytes() / (1024 * 1024)));
        }
    }

    public void submit() {
        photosToChooseAgain = false;
        summaryTitle = null;
        problems.clear();
        List<Upload> uploads;
        try {
            uploads = uploads();
        } catch (IOException e) {
            globalError(Messages.get("reportForm.photos.unreadable"));
            return;
        }
        Map<String, String> pageProblems = new LinkedHashMap<>();
        Instant occurred = occurredAt(pageProblems);
        BigDecimal lat = coordinate("latitude", latitude, pageProblems);
        BigDecimal lon = coordinate("longitude", longitude, pageProblems);
        if (!pageProblems.isEmpty()) {
            photosToChooseAgain = !uploads.isEmpty();
            globalError(Messages.get("report.validation.failed"));
            pageProblems.forEach((field, text) -> fieldError(field, text, uploads));
            return;
        }
        if (anonymous) {
            contactName = null;
            contactPhone = null;
            contactEmail = null;
        }
        try {
            rateLimit.check(remoteAddress());
            submitted = submissions.submit(NewReport.from(ReportChannel.WEB, kindCode)
                    .place(placeName, address, lat, lon)
                    .occurredAt(occurred)
                    .description(ReportPrefill.description(description, instrumentCode))
                    .attributes(selectedAttributes())
                    .contact(anonymous, contactName, contactPhone, contactEmail)
                    .photos(uploads.stream().map(Upload::bytes).toList())
                    .idempotencyKey(idempotencyKey)
                    .unit(unitCode)
                    .build());
        } catch (ProblemException e) {
            photosToChooseAgain = !uploads.isEmpty();
            globalError(e.getMessage());
            if (e.kind() == ProblemKind.INVALID) {
                for (FieldProblem detail : e.fields()) {
                    fieldError(detail.field(), detail.message(), uploads);
                }
            }
        }
    }

    /** A photo as it arrived, with the name the resident knows it by. */
    private record Upload(String name, byte[] bytes) {
    }

    /** The chosen files; a file input left empty still sends one nameless, empty part, which is no photo. */
    private List<Upload> uploads() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (photos == null) {
            return uploads;
        }
        for (Part part : photos) {
            String name = part.getSubmittedFileName();
            if (part.getSize() == 0 && (name == null || name.isBlank())) {
                continue;
            }
            try (var in = part.getInputStream()) {
                uploads.add(new Upload(name == null ? "" : name, in.readAllBytes()));
            }
        }
        return uploads;
    }

    private Instant occurredAt(Map<String, String> problems) {
        if (occurredAt == null || occurredAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(occurredAt.strip()).atZone(PortalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.put("occurredAt", Messages.get("reportForm.occurredAt.invalid"));
            return null;
        }
    }

    private static BigDecimal coordinate(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, Messages.get("reportForm.location.invalid"));
            return null;
        }
    }

    /** The answers to the chosen kind's extra questions; a question left empty is not sent. */
    private Map<String, String> selectedAttributes() {
        Map<String, String> answers = new LinkedHashMap<>();
        if (kindCode != null) {
            attributeValues.getOrDefault(kindCode, Map.of()).forEach((code, value) -> {
                if (value != null && !value.isBlank()) {
                    answers.put(code, value);
                }
            });
        }
        return answers;
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    /** One problem next to its input (when the form has one) and, with the input's label, in the list at the top. */
    private void fieldError(String serviceField, String text, List<Upload> uploads) {
        String field = isContactRule(serviceField, text) ? CONTACT : serviceField;
        String message = text;
        if ("kind".equals(field) && (kindCode == null || kindCode.isBlank())) {
            message = Messages.get("reportForm.kind.missing");
        } else if (field != null && field.startsWith("photos[")) {
            int index = photoIndex(field);
            String name = index >= 0 && index < uploads.size() ? uploads.get(index).name() : "";
            message = Messages.format("reportForm.photos.problem", index + 1, name, text);
        }
        Optional<String> clientId = clientId(field);
        if (clientId.isPresent()) {
            FacesContext.getCurrentInstance().addMessage(clientId.get(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        String label = label(field);
        problems.add(new Problem(label == null ? message : label + ": " + message, clientId.orElse(null)));
    }

    /**
     * "Leave a contact or send anonymously" is a rule about the whole contact step, not about the name: the service
     * names {@code contactName} (its API field), the form shows it at the "send anonymously" choice.
     */
    private static boolean isContactRule(String field, String text) {
        return "contactName".equals(field) && Messages.get("report.validation.contact_or_anonymous").equals(text);
    }

    private static int photoIndex(String field) {
        try {
            return Integer.parseInt(field.substring("photos[".length(), field.length() - 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** The client id of the input a problem of the service's {@code field} belongs to, found by convention. */
    Optional<String> clientId(String field) {
        return ProblemMessages.inputFor(FORM, field);
    }

    private String label(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("attributes.")) {
            String code = field.substring("attributes.".length());
            return kinds.stream().filter(k -> k.code().equals(kindCode)).flatMap(k -> k.attributes().stream())
                    .filter(a -> a.code().equals(code)).map(KindAttribute::label).findFirst().orElse(null);
        }
        String key = switch (field) {
            case "latitude", "longitude" -> "reportForm.summary.location";
            case "kind" -> "reportForm.summary.kind";
            case CONTACT -> "reportForm.contact";
            default -> field.startsWith("photos") ? "reportForm.summary.photos" : "reportForm." + field;
        };
        return PLAIN_FIELDS.contains(field) || field.equals("kind") || field.equals(CONTACT)
                || field.startsWith("photos") ? Messages.get(key) : null;
    }

    /**
     * The report is about a registered instrument of this ward: its code goes at the head of the description, its
     * place's address and its type fill the fields still empty ({@link ReportPrefill#INSTRUMENT_TYPE}).
     */
    private void aboutInstrument(PublicInstrumentView instrument) {
        instrumentCode = instrument.codeGrouped();
        if ((address == null || address.isBlank()) && !instrument.placeAddress().isBlank()) {
            address = ReportPrefill.place(instrument.placeAddress());
        }
        Map<String, String> answers = attributeValues.get(ReportPrefill.INSTRUMENT_KIND);
        if (answers != null) {
            answers.putIfAbsent(ReportPrefill.INSTRUMENT_TYPE, instrument.typeName());
        }
    }

    /** A problem of the whole form: the summary's title, or an entry without an input when it has a title. */
    private void globalError(String text) {
        if (summaryTitle == null) {
            summaryTitle = text;
        } else {
            problems.add(new Problem(text, null));
        }
    }

    /** Why the report was not filed, or null when there is nothing to say. */
    public String getSummaryTitle() {
        return summaryTitle;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** "04/12/2026". */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The latest time the picker offers: now, in Vietnam. */
    public String getNow() {
        return LocalDateTime.now(PortalTime.ZONE).truncatedTo(ChronoUnit.MINUTES).format(INPUT_TIME);
    }

    /** What the location status says when the page is drawn: the position kept from an earlier attempt, if any. */
    public String getLocationStatus() {
        if (latitude == null || latitude.isBlank() || longitude == null || longitude.isBlank()) {
            return Messages.get("reportForm.location.none");
        }
        return Messages.format("reportForm.location.kept", latitude, longitude);
    }

    public long getPhotoMaxBytes() {
        return photoIntake.maxBytes();
    }

    /** What the photo input takes, with the limits in force. */
    public String getPhotosHint() {
        return Messages.format("reportForm.photos.hint", ReportLimits.PHOTOS, photoIntake.maxBytes() / (1024 * 1024));
    }

    public int getPhotoLimit() {
        return ReportLimits.PHOTOS;
    }

    /** What the resident may type: the report's limit, less the instrument's line when there is one. */
    public int getDescriptionLimit() {
        return instrumentCode == null ? ReportLimits.DESCRIPTION
                : ReportLimits.DESCRIPTION - ReportPrefill.instrumentLine(instrumentCode).length() - 1;
    }

    /** The instrument the report is about ({@code K7M2-Q9XA}), or null. */
    public String getInstrumentCode() {
        return instrumentCode;
    }

    /** The line the description will start with, or null. */
    public String getInstrumentLine() {
        return instrumentCode == null ? null : ReportPrefill.instrumentLine(instrumentCode);
    }

    public String getRequestedPlace() {
        return requestedPlace;
    }

    /** {@code ?noi=}: the place an instrument's QR page names. */
    public void setRequestedPlace(String requestedPlace) {
        this.requestedPlace = requestedPlace;
    }

    public String getRequestedInstrument() {
        return requestedInstrument;
    }

    /** {@code ?ma=}: the code of the instrument an instrument's QR page names. */
    public void setRequestedInstrument(String requestedInstrument) {
        this.requestedInstrument = requestedInstrument;
    }

    public List<ReportKindView> getKinds() {
        return kinds;
    }

    public Map<String, Map<String, String>> getAttributeValues() {
        return attributeValues;
    }

    public String getRequestedKind() {
        return requestedKind;
    }

    public void setRequestedKind(String requestedKind) {
        this.requestedKind = requestedKind;
    }

    public String getUploadTooLarge() {
        return uploadTooLarge;
    }

    /** {@code ?qua-lon=1}: the previous post was refused unread for its size (see {@link ReportUploadSizeFilter}). */
    public void setUploadTooLarge(String uploadTooLarge) {
        this.uploadTooLarge = uploadTooLarge;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }

    public boolean isPhotosToChooseAgain() {
        return photosToChooseAgain;
    }

    public SubmittedReport getSubmitted() {
        return submitted;
    }

    /** Where the resident follows the report filed: its ward's tracking page ({@code /xa-dong-cuu/tra-cuu?ma=…}). */
    public String getTrackPath() {
        return submitted == null ? "" : trackingPage.path(submitted.trackingCode(), submitted.unitId());
    }
}
