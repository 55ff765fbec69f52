package vn.tdc.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.JsonErrorWriter;
import vn.tdc.portal.user.domain.Role;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How staff prove who they are. People log in on the {@code /dang-nhap} page (the session remembers them);
 * programs send HTTP Basic credentials with each call. A protected page without a login redirects to the login
 * page; a protected API call without one answers 401 in the JSON error format.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({Role.EDITOR_NAME, Role.OFFICER_NAME, Role.ADMIN_NAME})
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/dang-nhap";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    JsonErrorWriter errors;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = basic(authorization.substring(6).trim());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, context);
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (isApi(request)) {
            try {
                errors.write(response, ErrorCode.UNAUTHORIZED);
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private CredentialValidationResult basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return identityStores.validate(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
