package vn.tdc.portal.unit.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.unit.application.CallerScopes;

import java.io.IOException;
import java.security.Principal;

/**
 * Hands the signed-in account of every request (pages, API, downloads) to {@link CallerScopes}, so that the data
 * layer limits what the request sees to the account's units. Authentication has happened before any filter runs.
 *
 * <p>A ward's resident pages ({@code /xa-dong-cuu/…}, forwarded by {@link WardPathFilter} with the ward as a request
 * attribute) are shown as residents see them, whoever is signed in: an officer or editor reading another ward's news,
 * or the province's and national articles and documents of their own ward, sees what residents see, not only the
 * rows of their unit. Those pages read public rows only (published articles, documents, statistics); staff work
 * happens under {@code /quan-tri} and {@code /api}, which keep the account's scope.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.INCLUDE, DispatcherType.ERROR, DispatcherType.ASYNC}, asyncSupported = true)
public class CallerScopeFilter extends HttpFilter {

    @Inject
    CallerScopes scopes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        boolean residentPage = request.getAttribute(CurrentWard.ATTRIBUTE) != null;
        try (CallerScopes.Entered entered = scopes.enter(caller == null || residentPage ? null : caller.getName())) {
            chain.doFilter(request, response);
        }
    }
}
