package vn.tdc.portal.unit.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.io.IOException;
import java.util.Optional;

/**
 * Residents' pages per ward ({@link WardPaths}). {@code /} is the platform's home, where a resident finds a ward;
 * choosing one ({@code /?chon={ward}}) remembers it ({@link WardCookie}) and leads to its home. {@code /{ward}/…}
 * shows a ward's page with the ward as the request's ({@link CurrentWard}) — its feeds and sitemap
 * ({@link WardPaths#fileOf}) through their servlets, the same way; it sets no cookie, so that ward pages
 * stay the same for everyone (caches, no session). An unknown page of a ward is 404. A GET or HEAD of an old single-ward address is sent, for
 * good (301), to the same page of the remembered ward or else of the default ward, with its query; posts to old
 * addresses are served where they are, so a form opened before the change still works. Mapped in {@code web.xml}
 * before the article and document filters.
 */
@WebFilter(filterName = "wardPath", urlPatterns = "/*")
public class WardPathFilter extends HttpFilter {

    static final String PLATFORM_HOME = "/nen-tang.xhtml";
    /** The parameter of the platform's home that chooses a ward: {@code /?chon=xa-dong-cuu}. */
    public static final String CHOOSE = "chon";

    @Inject
    UnitDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.isEmpty()) {
            Optional<UnitView> chosen = activeWard(request.getParameter(CHOOSE));
            if (chosen.isPresent() && "GET".equals(request.getMethod())) {
                remember(chosen.get(), request, response);
                return;
            }
            request.getRequestDispatcher(PLATFORM_HOME).forward(request, response);
            return;
        }
        Optional<UnitView> ward = WardPaths.wardRequest(path).flatMap(wardRequest -> activeWard(wardRequest.slug()));
        if (ward.isPresent()) {
            showWardPage(ward.get(), WardPaths.wardRequest(path).orElseThrow().page(), path, request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && WardPaths.isOldWardPage(path)) {
            UnitView target = CurrentWard.rememberedOrDefault(request, directory);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath()
                    + WardPaths.underWard(target.slug(), path, request.getQueryString()));
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<UnitView> activeWard(String slug) {
        return slug == null || slug.length() > 120 ? Optional.empty()
                : directory.bySlug(slug).filter(UnitView::isWard).filter(UnitView::active);
    }

    /** {@code /?chon={ward}}: a ward chosen on the platform's home is remembered, then its home is shown (303). */
    private static void remember(UnitView ward, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", WardCookie.header(ward.slug(), request.getContextPath(), request.isSecure()));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/" + ward.slug());
    }

    private static void showWardPage(UnitView ward, String page, String path, HttpServletRequest request,
                                     HttpServletResponse response) throws IOException, ServletException {
        Optional<String> view = WardPaths.viewOf(page).or(() -> WardPaths.fileOf(page));
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(CurrentWard.ATTRIBUTE, ward);
        request.setAttribute(CurrentWard.PATH_ATTRIBUTE, request.getContextPath() + path);
        request.getRequestDispatcher(view.get()).forward(request, response);
    }
}
