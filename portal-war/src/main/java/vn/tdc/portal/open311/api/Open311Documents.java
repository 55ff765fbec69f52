package vn.tdc.portal.open311.api;

import vn.tdc.portal.open311.application.PostedRequest;
import vn.tdc.portal.open311.application.RequestUpdateView;
import vn.tdc.portal.open311.application.ServiceRequestView;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.ReportKindView;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The documents of GeoReport v2 (and mySociety's {@code servicerequestupdates}), element by element as the
 * specification names them, on any {@link Open311Writer}. Datetimes are W3C/ISO-8601 in UTC with {@code Z}. A field
 * without a value (a report without a map point or photo, a kind without keywords) is left out, never written empty.
 */
public final class Open311Documents {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final List<String> FORMATS = List.of("text/xml", "application/json");

    private Open311Documents() {
    }

    /**
     * What the service discovery document says about this endpoint; {@code notes} (the portal's extension) say in
     * words what the endpoint does not do as other servers might (e.g. no POST {@code servicerequestupdates});
     * {@code jurisdictions} (the portal's extension) list the wards the one endpoint serves: the specification has
     * no place for them, and one endpoint entry per ward would repeat the same URL hundreds of times.
     */
    public record Discovery(Instant changeset, String contact, String keyService, String endpointUrl,
                            List<String> notes, List<Jurisdiction> jurisdictions) {

        public Discovery {
            notes = notes == null ? List.of() : List.copyOf(notes);
            jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        }
    }

    /**
     * One jurisdiction the endpoint serves (the portal's extension to discovery): a ward, by the code clients send as
     * {@code jurisdiction_id}, its name and its province's.
     */
    public record Jurisdiction(String jurisdictionId, String name, String province) {
    }

    public static void discovery(Open311Writer out, Discovery discovery) {
        out.startRootObject("discovery");
        out.field("changeset", time(discovery.changeset()));
        out.field("contact", discovery.contact());
        out.field("key_service", discovery.keyService());
        out.startList("endpoints", "endpoint");
        out.startObject();
        out.field("specification", SPECIFICATION);
        out.field("url", discovery.endpointUrl());
        out.field("changeset", time(discovery.changeset()));
        out.field("type", "production");
        out.startList("formats", "format");
        FORMATS.forEach(out::value);
        out.end();
        out.end();
        out.end();
        if (!discovery.notes().isEmpty()) {
            out.startList("notes", "note");
            discovery.notes().forEach(out::value);
            out.end();
        }
        if (!discovery.jurisdictions().isEmpty()) {
            out.startList("jurisdictions", "jurisdiction");
            for (Jurisdiction jurisdiction : discovery.jurisdictions()) {
                out.startObject();
                out.field("jurisdiction_id", jurisdiction.jurisdictionId());
                out.field("name", jurisdiction.name());
                out.field("province", present(jurisdiction.province()));
                out.end();
            }
            out.end();
        }
        out.end();
    }

    public static void services(Open311Writer out, List<ReportKindView> kinds) {
        out.startRootList("services", "service");
        for (ReportKindView kind : kinds) {
            out.startObject();
            out.field("service_code", kind.code());
            out.field("service_name", kind.name());
            out.field("description", present(kind.description()));
            out.field("metadata", !kind.attributes().isEmpty());
            out.field("type", "realtime");
            out.field("keywords", present(kind.keywords()));
            out.field("group", present(kind.departmentName()));
            out.end();
        }
        out.end();
    }

    /** The extra questions of a kind, in the order they are asked. */
    public static void serviceDefinition(Open311Writer out, ReportKindView kind) {
        out.startRootObject("service_definition");
        out.field("service_code", kind.code());
        out.startList("attributes", "attribute");
        List<KindAttribute> attributes = kind.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            KindAttribute attribute = attributes.get(i);
            out.startObject();
            out.field("variable", true);
            out.field("code", attribute.code());
            out.field("datatype", attribute.datatype());
            out.field("required", attribute.required());
            out.field("datatype_description", present(datatypeDescription(attribute)));
            out.field("order", i + 1);
            out.field("description", attribute.label());
            out.end();
        }
        out.end();
        out.end();
    }

    public static void requests(Open311Writer out, List<ServiceRequestView> requests) {
        out.startRootList("service_requests", "request");
        for (ServiceRequestView request : requests) {
            out.startObject();
            out.field("service_request_id", request.serviceRequestId());
            out.field("status", request.status().wireName());
            out.field("status_notes", request.statusNotes());
            out.field("service_name", request.serviceName());
            out.field("service_code", request.serviceCode());
            out.field("description", request.description());
            out.field("agency_responsible", request.agencyResponsible());
            out.field("requested_datetime", time(request.requestedAt()));
            out.field("updated_datetime", time(request.updatedAt()));
            out.field("expected_datetime", time(request.expectedAt()));
            out.field("address", request.address());
            out.field("lat", request.latitude());
            out.field("long", request.longitude());
            out.field("media_url", request.mediaUrl());
            out.field("jurisdiction_id", request.jurisdictionId());
            out.end();
        }
        out.end();
    }

    /**
     * The answer to a new request: its final id at once, so no token, and the portal's extension {@code tracking_code}
     * for the filing client to give the resident. The only document that ever carries a tracking code. No
     * {@code account_id}: the portal keeps no accounts for residents.
     */
    public static void posted(Open311Writer out, PostedRequest posted) {
        out.startRootList("service_requests", "request");
        out.startObject();
        out.field("service_request_id", posted.serviceRequestId());
        out.field("tracking_code", posted.trackingCode());
        out.field("service_notice", posted.serviceNotice());
        out.end();
        out.end();
    }

    public static void updates(Open311Writer out, List<RequestUpdateView> updates) {
        out.startRootList("service_request_updates", "request_update");
        for (RequestUpdateView update : updates) {
            out.startObject();
            out.field("update_id", Long.toString(update.updateId()));
            out.field("service_request_id", update.serviceRequestId());
            out.field("status", update.status().wireName());
            out.field("updated_datetime", time(update.updatedAt()));
            out.field("description", update.description());
            out.field("media_url", update.mediaUrl());
            out.end();
        }
        out.end();
    }

    public static void errors(Open311Writer out, List<Open311Error> errors) {
        out.startRootList("errors", "error");
        for (Open311Error error : errors) {
            out.startObject();
            out.field("code", error.code());
            out.field("description", error.description());
            out.end();
        }
        out.end();
    }

    /** The text, or null (left out) when it is blank. */
    static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** How to write a value: numbers with a decimal point or comma, in the attribute's unit when it has one. */
    static String datatypeDescription(KindAttribute attribute) {
        String unit = attribute.unit().isBlank() ? "" : Messages.format("open311.attribute.unit", attribute.unit());
        String format = attribute.isNumber() ? Messages.get("open311.attribute.number") : "";
        return (format + " " + unit).strip();
    }

    /** W3C datetime in UTC to the second, e.g. {@code 2026-11-21T05:30:00Z}; null stays null. */
    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
