package vn.tdc.portal.open311.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.open311.application.Open311Queries;
import vn.tdc.portal.open311.application.Open311Submissions;
import vn.tdc.portal.open311.application.PostedRequest;
import vn.tdc.portal.open311.application.RequestUpdateView;
import vn.tdc.portal.open311.application.ServiceRequestForm;
import vn.tdc.portal.open311.application.ServiceRequestView;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.ReportKindView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, every resource in {@code .json} and {@code .xml}:
 * <ul>
 *   <li>GET {@code discovery}, {@code services}, {@code services/{service_code}};</li>
 *   <li>GET {@code requests} (published reports only; filters of the specification, paged) and POST {@code requests}
 *   ({@code application/x-www-form-urlencoded} with an {@code api_key}) → the report's id at once, and for the
 *   filing client alone its tracking code ({@code tracking_code});</li>
 *   <li>GET {@code requests/{service_request_id}} (the report's id, a number), {@code tokens/{token}} (no tokens are
 *   issued: always 404);</li>
 *   <li>GET {@code servicerequestupdates} (mySociety's extension): public updates of published reports with
 *   mySociety's extended statuses; POST is refused with 405 and the reason (also given in discovery).</li>
 * </ul>
 * Every failure is answered in the specification's error list, in the format asked for (JSON when it is unknown),
 * with a Vietnamese description and never a stack trace. Every answer may be read by a web page of any origin
 * ({@code Access-Control-Allow-Origin: *}, no credentials: POST is authenticated by its {@code api_key}, never by a
 * cookie) and {@code OPTIONS} answers a CORS preflight. A plain servlet, not JAX-RS: the format is part of the path
 * and the answers are written by {@link Open311Writer}s.
 */
@WebServlet(name = "open311", urlPatterns = "/open311/v2/*")
public class Open311Servlet extends HttpServlet {

    /** When this endpoint's description last changed (discovery's {@code changeset}). */
    static final Instant CHANGESET = Instant.parse("2026-11-21T00:00:00Z");
    static final String FORM = "application/x-www-form-urlencoded";
    private static final String BODY_READ = Open311Servlet.class.getName() + ".bodyRead";
    private static final long DRAIN_LIMIT = 1024 * 1024;
    /** Request headers a cross-origin page may send: the form's type and the format it accepts. */
    static final String CORS_ALLOWED_HEADERS = "Accept, Content-Type, X-Requested-With";
    static final String CORS_MAX_AGE_SECONDS = "86400";
    /** What the discovery document's notes say, in this order. */
    static final List<String> DISCOVERY_NOTES = List.of("open311.discovery.note.updates",
            "open311.discovery.note.location", "open311.discovery.note.media", "open311.discovery.note.paging");

    private static final Logger LOG = Logger.getLogger(Open311Servlet.class.getName());

    @Inject
    Open311Queries queries;

    @Inject
    Open311Submissions submissions;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.api.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    /** The two formats of the specification, chosen by the path's extension. */
    enum Format {
        JSON(JsonOpen311Writer.CONTENT_TYPE, JsonOpen311Writer::new),
        XML(XmlOpen311Writer.CONTENT_TYPE, XmlOpen311Writer::new);

        final String contentType;
        final Function<OutputStream, Open311Writer> writer;

        Format(String contentType, Function<OutputStream, Open311Writer> writer) {
            this.contentType = contentType;
            this.writer = writer;
        }

        static Format ofExtension(String extension) {
            return switch (extension) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> null;
            };
        }
    }

    /** A path below {@code /open311/v2}: its segments without the extension, and the format (null if unknown). */
    record Route(List<String> segments, Format format) {

        static Route of(String pathInfo) {
            String path = pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "");
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot <= slash + 1) {
                return new Route(List.of(path.split("/", -1)), null);
            }
            Format format = Format.ofExtension(path.substring(dot + 1).toLowerCase(Locale.ROOT));
            return new Route(List.of(path.substring(0, dot).split("/", -1)), format);
        }

        boolean is(String... expected) {
            return segments.equals(List.of(expected));
        }

        boolean startsWith(String first) {
            return segments.size() == 2 && segments.get(0).equals(first) && !segments.get(1).isEmpty();
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Route route = Route.of(request.getPathInfo());
        Format format = route.format() == null ? Format.JSON : route.format();
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "X-Total-Count");
        try {
            if (route.format() == null) {
                throw notFound("open311.error.not_found");
            }
            route(route, request, response);
        } catch (ApiException e) {
            if (e.code() == ErrorCode.METHOD_NOT_ALLOWED) {
                response.setHeader("Allow", allowed(route) + ", OPTIONS");
            }
            discardUnreadBody(request, response);
            write(response, e.code().status(), format,
                    out -> Open311Documents.errors(out, Open311Error.of(e)));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            LOG.log(Level.SEVERE, "Open311 failure, reference " + reference, e);
            discardUnreadBody(request, response);
            write(response, 500, format, out -> Open311Documents.errors(out, List.of(new Open311Error(500,
                    Messages.format(ErrorCode.INTERNAL_ERROR.messageKey(), reference)))));
        }
    }

    private void route(Route route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (method.equals("OPTIONS") && !allowed(route).isEmpty()) {
            preflight(route, response);
            return;
        }
        if (route.is("requests") && method.equals("POST")) {
            create(route.format(), request, response);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (route.is("servicerequestupdates") && method.equals("POST")) {
                throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                        Messages.format("open311.error.updates_read_only", queries.publicUrl()));
            }
            if (!allowed(route).isEmpty()) {
                throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                        Messages.get(ErrorCode.METHOD_NOT_ALLOWED.messageKey()));
            }
            throw notFound("open311.error.not_found");
        }
        Map<String, List<String>> query = Open311Parameters.form(request.getQueryString());
        Format format = route.format();
        if (route.is("discovery")) {
            String url = queries.publicUrl();
            Open311Documents.Discovery discovery = new Open311Documents.Discovery(CHANGESET,
                    Messages.format("open311.discovery.contact", settings.getWardName(), settings.getProvince()),
                    Messages.format("open311.discovery.key_service", url + "/quan-tri/khoa-open311"),
                    url + "/open311/v2", DISCOVERY_NOTES.stream().map(key -> Messages.format(key, url)).toList());
            write(response, 200, format, out -> Open311Documents.discovery(out, discovery));
        } else if (route.is("services")) {
            List<ReportKindView> services = queries.services();
            write(response, 200, format, out -> Open311Documents.services(out, services));
        } else if (route.startsWith("services")) {
            String code = route.segments().get(1);
            ReportKindView service = queries.service(code).orElseThrow(() ->
                    notFound("open311.error.service_not_found", code));
            write(response, 200, format, out -> Open311Documents.serviceDefinition(out, service));
        } else if (route.is("requests")) {
            Page<ServiceRequestView> page = queries.requests(Open311Parameters.requestSearch(query, Instant.now()));
            response.setHeader("X-Total-Count", Long.toString(page.total()));
            write(response, 200, format, out -> Open311Documents.requests(out, page.items()));
        } else if (route.startsWith("requests")) {
            long id = Open311Parameters.requestId(route.segments().get(1)).orElseThrow(() ->
                    notFound("open311.error.request_id_format"));
            ServiceRequestView found = queries.request(id).orElseThrow(() ->
                    notFound("open311.error.request_not_found", Long.toString(id)));
            write(response, 200, format, out -> Open311Documents.requests(out, List.of(found)));
        } else if (route.startsWith("tokens")) {
            throw notFound("open311.error.token_not_found", route.segments().get(1));
        } else if (route.is("servicerequestupdates")) {
            Open311Parameters.Window window = Open311Parameters.window(query, Instant.now());
            List<RequestUpdateView> updates = queries.updates(window.from(), window.before(),
                    Open311Parameters.page(query), Open311Parameters.pageSize(query));
            write(response, 200, format, out -> Open311Documents.updates(out, updates));
        } else {
            throw notFound("open311.error.not_found");
        }
    }

    /**
     * A CORS preflight (or a plain OPTIONS): 204 with the resource's methods. Any origin may call, without
     * credentials; the answer may be cached for a day.
     */
    private static void preflight(Route route, HttpServletResponse response) {
        String methods = allowed(route) + ", OPTIONS";
        response.setHeader("Allow", methods);
        response.setHeader("Access-Control-Allow-Methods", methods);
        response.setHeader("Access-Control-Allow-Headers", CORS_ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", CORS_MAX_AGE_SECONDS);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void create(Format format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith(FORM)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Messages.get("open311.error.form_required"));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(Open311Parameters.form(request.getQueryString()));
        parameters.putAll(Open311Parameters.form(body(request)));
        PostedRequest posted = submissions.submit(ServiceRequestForm.of(parameters));
        write(response, posted.replayed() ? 200 : 201, format, out -> Open311Documents.posted(out, posted));
    }

    /** The body as UTF-8, read up to the limit: a longer one is 413 however it is sent (chunked or not). */
    private String body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            request.setAttribute(BODY_READ, Boolean.TRUE);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * A request refused before its body was read (413, 415, a POST to a read-only resource) leaves that body on the
     * connection. Over HTTP/1.1 it would be taken for the next request, so the connection is closed after the answer;
     * over HTTP/2 (Java's HTTP client upgrades to it) the unread bytes keep the connection's flow-control window
     * used up and the next request on it stalls, so a body of reasonable size is read and dropped first.
     */
    private static void discardUnreadBody(HttpServletRequest request, HttpServletResponse response) {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody || request.getAttribute(BODY_READ) != null) {
            return;
        }
        if (request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            long dropped = 0;
            int n = 0;
            while (dropped < DRAIN_LIMIT && n >= 0) {
                n = in.read(buffer);
                dropped += Math.max(n, 0);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not drop the body of a refused request", e);
        }
    }

    /** The document rendered whole before anything is sent, so a failure midway still gets a clean error. */
    private static void write(HttpServletResponse response, int status, Format format, Consumer<Open311Writer> document)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Open311Writer writer = format.writer.apply(buffer)) {
            document.accept(writer);
        }
        response.setStatus(status);
        response.setContentType(format.contentType);
        response.setContentLength(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    private static String allowed(Route route) {
        if (route.is("requests")) {
            return "GET, HEAD, POST";
        }
        boolean known = route.is("discovery") || route.is("services") || route.is("servicerequestupdates")
                || route.startsWith("services") || route.startsWith("requests") || route.startsWith("tokens");
        return known ? "GET, HEAD" : "";
    }

    private static ApiException notFound(String key, Object... arguments) {
        return new ApiException(ErrorCode.NOT_FOUND, Messages.format(key, arguments));
    }

    private static ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, Messages.get(ErrorCode.PAYLOAD_TOO_LARGE.messageKey()));
    }
}
