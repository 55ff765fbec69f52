package vn.tdc.portal.open311.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.open311.application.Open311Queries;
import vn.tdc.portal.open311.application.Open311Submissions;
import vn.tdc.portal.open311.application.PostedRequest;
import vn.tdc.portal.open311.application.RequestUpdateView;
import vn.tdc.portal.open311.application.ServiceRequestForm;
import vn.tdc.portal.open311.application.ServiceRequestView;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ReportKindView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/} ({@link Open311Application}), every resource in {@code .json} and
 * {@code .xml}:
 * <ul>
 *   <li>GET {@code discovery} (with the portal's extension {@code jurisdictions}: every ward, by its code),
 *   {@code services}, {@code services/{service_code}};</li>
 *   <li>GET {@code requests} (published reports only; filters of the specification, paged) and POST {@code requests}
 *   ({@code application/x-www-form-urlencoded} with an {@code api_key}) → the report's id at once, and for the
 *   filing client alone its tracking code ({@code tracking_code});</li>
 *   <li>GET {@code requests/{service_request_id}} (the report's id, a number), {@code tokens/{token}} (no tokens are
 *   issued: always 404);</li>
 *   <li>GET {@code servicerequestupdates} (mySociety's extension): public updates of published reports with
 *   mySociety's extended statuses; POST is refused with 405 and the reason ({@link Open311ExceptionMapper}, also
 *   said in discovery).</li>
 * </ul>
 * Every resource takes {@code jurisdiction_id}, a ward's code: GETs then see that ward's reports only, POST files the
 * report there (without it, into the ward around the point, else the default ward); an unknown one is a 404 (POST: a
 * 400 naming the parameter). The answers are written by {@link Open311Writer}s; failures go to {@link Open311ExceptionMapper}, CORS to
 * {@link Open311Cors}. The class has no {@code @Path}: it is the root of the Open311 application only, never a
 * resource of the portal's JSON API at {@code /api}, which takes in every {@code @Path} class it finds.
 */
@RequestScoped
public class Open311Resource {

    /** When this endpoint's description last changed (discovery's {@code changeset}). */
    static final Instant CHANGESET = Instant.parse("2026-11-21T00:00:00Z");
    static final String FORM = "application/x-www-form-urlencoded";
    /** What the discovery document's notes say, in this order. */
    static final List<String> DISCOVERY_NOTES = List.of("open311.discovery.note.updates",
            "open311.discovery.note.location", "open311.discovery.note.media", "open311.discovery.note.paging",
            "open311.discovery.note.jurisdictions");
    private static final String FORMAT = Open311Format.PATH_PARAMETER;

    @Inject
    Open311Queries queries;

    @Inject
    Open311Submissions submissions;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest http;

    @GET
    @Path("discovery." + FORMAT)
    public Response discovery(@PathParam("format") String extension) {
        String url = queries.publicUrl();
        List<Open311Documents.Jurisdiction> jurisdictions = queries.jurisdictions().stream()
                .map(ward -> new Open311Documents.Jurisdiction(ward.code(), ward.title(), ward.provinceName()))
                .toList();
        Open311Documents.Discovery discovery = new Open311Documents.Discovery(CHANGESET,
                Messages.format("open311.discovery.contact", settings.getWardName(), settings.getProvince()),
                Messages.format("open311.discovery.key_service", url + "/quan-tri/khoa-open311"),
                url + "/open311/v2", DISCOVERY_NOTES.stream().map(key -> Messages.format(key, url)).toList(),
                jurisdictions);
        return ok(extension, out -> Open311Documents.discovery(out, discovery));
    }

    @GET
    @Path("services." + FORMAT)
    public Response services(@PathParam("format") String extension) {
        queries.jurisdiction(Open311Parameters.jurisdictionId(query()));
        List<ReportKindView> services = queries.services();
        return ok(extension, out -> Open311Documents.services(out, services));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    public Response service(@PathParam("code") String code, @PathParam("format") String extension) {
        queries.jurisdiction(Open311Parameters.jurisdictionId(query()));
        ReportKindView service = queries.service(code).orElseThrow(() ->
                notFound("open311.error.service_not_found", code));
        return ok(extension, out -> Open311Documents.serviceDefinition(out, service));
    }

    @GET
    @Path("requests." + FORMAT)
    public Response requests(@PathParam("format") String extension) {
        Page<ServiceRequestView> page = queries.requests(Open311Parameters.requestSearch(query(), Instant.now()));
        return Open311Answer.of(200, Open311Format.of(extension), out -> Open311Documents.requests(out, page.items()))
                .header("X-Total-Count", Long.toString(page.total()))
                .build();
    }

    /**
     * A new report: the form's parameters, those of the query string too. The body is read up to
     * {@code portal.api.max-body-bytes}: a longer one is 413 however it is sent (chunked or not).
     */
    @POST
    @Path("requests." + FORMAT)
    public Response create(@PathParam("format") String extension, InputStream body) throws IOException {
        if (http.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        String type = http.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith(FORM)) {
            throw ProblemException.of(ProblemKind.UNSUPPORTED, "open311.error.form_required");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(query());
        parameters.putAll(Open311Parameters.form(read(body)));
        PostedRequest posted = submissions.submit(ServiceRequestForm.of(parameters));
        return Open311Answer.of(posted.replayed() ? 200 : 201, Open311Format.of(extension),
                out -> Open311Documents.posted(out, posted)).build();
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    public Response request(@PathParam("id") String id, @PathParam("format") String extension) {
        long number = Open311Parameters.requestId(id).orElseThrow(() -> notFound("open311.error.request_id_format"));
        ServiceRequestView found = queries.request(Open311Parameters.jurisdictionId(query()), number).orElseThrow(() ->
                notFound("open311.error.request_not_found", Long.toString(number)));
        return ok(extension, out -> Open311Documents.requests(out, List.of(found)));
    }

    /** No tokens are issued: ids are given at once. */
    @GET
    @Path("tokens/{token}." + FORMAT)
    public Response token(@PathParam("token") String token) {
        throw notFound("open311.error.token_not_found", token);
    }

    @GET
    @Path("servicerequestupdates." + FORMAT)
    public Response updates(@PathParam("format") String extension) {
        Map<String, List<String>> query = query();
        Open311Parameters.Window window = Open311Parameters.window(query, Instant.now());
        List<RequestUpdateView> updates = queries.updates(Open311Parameters.jurisdictionId(query), window.from(),
                window.before(),
                Open311Parameters.page(query), Open311Parameters.pageSize(query));
        return ok(extension, out -> Open311Documents.updates(out, updates));
    }

    private static Response ok(String extension, Consumer<Open311Writer> document) {
        return Open311Answer.of(200, Open311Format.of(extension), document).build();
    }

    /** The query string's parameters, decoded as UTF-8 by the specification's rules. */
    private Map<String, List<String>> query() {
        return Open311Parameters.form(uri.getRequestUri().getRawQuery());
    }

    private String read(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            Open311ExceptionMapper.markBodyRead(http);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static ProblemException notFound(String key, Object... arguments) {
        return ProblemException.of(ProblemKind.NOT_FOUND, key, arguments);
    }

    private static ProblemException tooLarge() {
        return ProblemException.of(ProblemKind.TOO_LARGE, "api.error.payload_too_large");
    }
}
