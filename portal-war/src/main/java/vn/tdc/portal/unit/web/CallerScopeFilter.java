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
        try (CallerScopes.Entered entered = scopes.enter(caller == null ? null : caller.getName())) {
            chain.doFilter(request, response);
        }
    }
}
