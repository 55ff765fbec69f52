package vn.tdc.portal.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.JsonErrorWriter;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.PublicUrl;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Refuses state-changing requests that another web site makes a visitor's browser send ({@link SameOriginPolicy}),
 * on the API and on pages (JSF postbacks) alike: 403 with the JSON error {@code forbidden} under {@code /api/}, the
 * Vietnamese 403 page elsewhere. Runs after authentication, so it knows how the request is logged in.
 */
@WebFilter(filterName = "crossSiteRequests", urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {

    @Inject
    PublicUrl publicUrl;

    @Inject
    JsonErrorWriter errors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean hasAuthorization = request.getHeader("Authorization") != null;
        boolean loggedIn = request.getUserPrincipal() != null;
        boolean credentials = hasAuthorization || loggedIn || request.getRequestedSessionId() != null;
        if (SameOriginPolicy.allows(request.getMethod(), request.getHeader("Origin"), request.getHeader("Referer"),
                ownOrigins(request), credentials, loggedIn && !hasAuthorization)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            errors.write(response, ErrorCode.FORBIDDEN, ApiError.of(ErrorCode.FORBIDDEN,
                    Messages.get("security.crossSite.refused"), List.of()));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private Set<String> ownOrigins(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String own = SameOriginPolicy.originOf(request.getScheme() + "://" + host.strip());
        String published = SameOriginPolicy.originOf(publicUrl.base());
        return own == null ? (published == null ? Set.of() : Set.of(published))
                : (published == null || published.equals(own) ? Set.of(own) : Set.of(own, published));
    }
}
