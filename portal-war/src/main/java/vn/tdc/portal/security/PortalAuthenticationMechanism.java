package vn.tdc.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.JsonErrorWriter;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.user.domain.Role;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * How staff prove who they are. People log in on the {@code /dang-nhap} page: only that login is kept in the
 * session, as a {@link SessionLogin} attribute, which travels with the session, so the login holds on whichever node
 * of a cluster serves the next request (the container's own session login, {@code registerSession}, is not an
 * attribute of the session and is not relied on). Programs send HTTP Basic credentials with each call to
 * {@code /api/…}; Basic is not accepted on pages and never opens a session, so no cookie can stand in for it. A
 * protected page without a login redirects (relative address, never built from the request's Host) to the login page;
 * a protected API call without one answers 401 in the JSON error format with {@code WWW-Authenticate: Basic}. Both ways are throttled by {@link LoginThrottle}: a
 * throttled login page shows why, a throttled Basic call answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
@DeclareRoles({Role.EDITOR_NAME, Role.OFFICER_NAME, Role.ADMIN_NAME})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/dang-nhap";
    /** Request attribute set when a login is refused by the throttle: the {@link Duration} left to wait. */
    public static final String THROTTLED = PortalAuthenticationMechanism.class.getName() + ".throttled";
    static final String BASIC_CHALLENGE = "Basic realm=\"portal\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    JsonErrorWriter errors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return loginPage(login, request, context);
        }
        SessionLogin sessionLogin = SessionLogin.of(request.getSession(false));
        if (sessionLogin != null) {
            return continueSession(sessionLogin, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response);
    }

    /** The login page's credentials: throttled, and kept in the session when valid. */
    private AuthenticationStatus loginPage(UsernamePasswordCredential login, HttpServletRequest request,
                                           HttpMessageContext context) {
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitFor(login.getCaller(), client);
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED, wait);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        CredentialValidationResult result = validate(login, client);
        AuthenticationStatus status = context.notifyContainerAboutLogin(result);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            new SessionLogin(result.getCallerPrincipal().getName(), result.getCallerGroups())
                    .keepIn(request.getSession());
        }
        return status;
    }

    /** A login the session holds (made on the login page, on this node or another): valid for this request. */
    private static AuthenticationStatus continueSession(SessionLogin login, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(login.caller(), login.groups());
    }

    /** HTTP Basic on the API: throttled, valid for this request only. */
    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        UsernamePasswordCredential login = decodeBasic(encoded);
        if (login == null) {
            return unauthorized(request, response);
        }
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitFor(login.getCaller(), client);
        if (!wait.isZero()) {
            return throttled(response, wait);
        }
        CredentialValidationResult result = validate(login, client);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return unauthorized(request, response);
    }

    private CredentialValidationResult validate(UsernamePasswordCredential login, String client) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login.getCaller(), client);
        } else {
            throttle.failed(login.getCaller(), client);
        }
        return result;
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
            return send(response, ErrorCode.UNAUTHORIZED, Messages.get(ErrorCode.UNAUTHORIZED.messageKey()));
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus throttled(HttpServletResponse response, Duration wait) {
        long seconds = LoginWait.seconds(wait);
        response.setHeader("Retry-After", Long.toString(seconds));
        return send(response, ErrorCode.TOO_MANY_REQUESTS, Messages.format("login.throttled", LoginWait.text(wait)));
    }

    private AuthenticationStatus send(HttpServletResponse response, ErrorCode code, String message) {
        try {
            errors.write(response, code, ApiError.of(code, message, List.of()));
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** {@code user:password} from a Basic header; null when it is not that. */
    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
