package vn.tdc.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the integration tests, on loopback only. */
public final class PortalHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's CSP nonce, which PrimeFaces requires back with every post of a form. */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public PortalHttp(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** A GET whose body is kept as bytes (a downloaded file). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = request(path, headers)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body,
                                          String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Sends the body without a declared length (chunked transfer encoding). */
    public HttpResponse<String> sendChunked(String method, String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build());
    }

    /**
     * Logs in on the login page as a browser does (the form, its view state, the session cookie, the page's own
     * {@code Origin}) and returns the {@code Cookie} header value of the logged-in session.
     */
    public String logIn(String username, String password) {
        HttpResponse<String> login = postLoginForm(username, password);
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " refused: " + login.statusCode());
        }
        return sessionCookie(login);
    }

    /**
     * Fills in and posts the login form as a browser does: the form's session, view state and CSP nonce, the page's own
     * {@code Origin}. Answers what the portal answered (302 when logged in, the page again otherwise).
     */
    public HttpResponse<String> postLoginForm(String username, String password) {
        HttpResponse<String> form = get("/dang-nhap", "Accept", "text/html");
        return send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                "login=login&username=" + encoded(username) + "&password=" + encoded(password) + "&submit="
                        + postbackFields(form.body()),
                "Cookie", sessionCookie(form), "Origin", origin(), "Accept", "text/html");
    }

    /** What a browser sends back with any form of the page: {@code &jakarta.faces.ViewState=…&primefaces.nonce=…}. */
    public static String postbackFields(String page) {
        return "&jakarta.faces.ViewState=" + encoded(viewState(page)) + "&primefaces.nonce=" + encoded(nonce(page));
    }

    /** The JSF view state of a page's forms. */
    public static String viewState(String page) {
        return found(VIEW_STATE, page, "view state");
    }

    /** The CSP nonce of a page's forms. */
    public static String nonce(String page) {
        return found(NONCE, page, "CSP nonce");
    }

    private static String found(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " on the page");
        }
        return matcher.group(1);
    }

    /** {@code http://127.0.0.1:port}: the portal's own origin, as its pages send it. */
    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /**
     * The session cookies the response sets, as a browser sends them back: {@code JSESSIONID=…} and, the WAR being
     * distributable, Payara's {@code JSESSIONIDVERSION=…}. Without the version Payara may serve the request from an
     * older copy of the session, one without the page's view state (the form's post then fails as expired).
     */
    public static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=") || header.startsWith("JSESSIONIDVERSION="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .toList();
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID="))) {
            throw new AssertionError("no session cookie: " + response.headers());
        }
        return String.join("; ", cookies);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String[] basicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new String[]{"Authorization", "Basic " + token};
    }

    public static String[] admin() {
        return basicAuth("admin", IntegrationDatabase.ADMIN_PASSWORD);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
