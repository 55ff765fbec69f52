package vn.tdc.portal.unit.web;

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
import vn.tdc.portal.unit.application.CallerScopes;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What only a platform administrator (an ADMIN of the root unit) may manage, because it is the same for every unit:
 * the units themselves, the report catalog, the article categories and the Open311 keys of programs. A ward's or a
 * province's administrator is refused with 403 (a JSON problem on the API, the error page on a page); the rows of
 * these tables are not owned by a unit, so the unit scope alone would not keep them apart. A ward's department list
 * ({@code /api/admin/units/{code}/departments}) is the exception: it belongs to the ward, and the application lets
 * an administrator reach only the wards of its scope.
 */
@WebFilter(urlPatterns = {
        "/api/admin/units", "/api/admin/units/*",
        "/api/admin/open311-keys", "/api/admin/open311-keys/*",
        "/api/admin/report-kinds", "/api/admin/report-kinds/*",
        "/api/admin/report-departments", "/api/admin/report-departments/*",
        "/api/admin/article-categories", "/api/admin/article-categories/*",
        "/quan-tri/don-vi", "/quan-tri/don-vi.xhtml",
        "/quan-tri/khoa-open311", "/quan-tri/khoa-open311.xhtml",
        "/quan-tri/danh-muc-phan-anh", "/quan-tri/danh-muc-phan-anh.xhtml"})
public class PlatformAdministrationFilter extends HttpFilter {

    static final String MESSAGE_KEY = "units.error.platform_only";
    /** A ward's department list: its own administrators manage it (the application checks the scope). */
    private static final Pattern WARD_DEPARTMENTS = Pattern.compile("/api/admin/units/[A-Za-z0-9-]+/departments/?");

    @Inject
    CallerScopes scopes;

    @Inject
    JsonErrorWriter errors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || scopes.of(caller.getName()).isAll() || isWardDepartments(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            errors.write(response, ErrorCode.FORBIDDEN,
                    ApiError.of(ErrorCode.FORBIDDEN, Messages.get(MESSAGE_KEY), List.of()));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Whether the request is for a ward's department list (the decoded, normalised path, not the raw URI). */
    static boolean isWardDepartments(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return WARD_DEPARTMENTS.matcher(path).matches();
    }
}
