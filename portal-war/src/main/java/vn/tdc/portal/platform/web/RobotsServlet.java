package vn.tdc.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /robots.txt}: crawlers may read the public pages, not the staff pages, the APIs, the login, the tracking
 * pages (a tracking code in its address is a resident's credential: {@code /tra-cuu} and every ward's
 * {@code /xa-dong-cuu/tra-cuu}, matched by {@code /*}{@code /tra-cuu} with or without a query) or report photos. The
 * sitemap index is named; it names the platform's and every ward's sitemap.
 */
@WebServlet(name = "robots", urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    static final String RULES = """
            User-agent: *
            Allow: /
            Disallow: /quan-tri/
            Disallow: /api/
            Disallow: /dang-nhap
            Disallow: /tra-cuu
            Disallow: /*/tra-cuu$
            Disallow: /*/tra-cuu?
            Disallow: /phan-anh/anh/
            """;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().write(RULES + "\nSitemap: " + publicUrl.of("/sitemap.xml") + "\n");
    }
}
