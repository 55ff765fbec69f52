package vn.tdc.portal.report.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.report.domain.TrackingCode;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The report forms post photos to the Faces servlet, whose multipart limit (20 MB a file, {@code web.xml}) would
 * otherwise end an oversized post in a server error. Three photos of 5 MB never come near it, so a larger post is
 * answered, unread, with a redirect to the same page and {@code ?qua-lon=1}, which explains the photo limits. Browsers
 * with JavaScript never send such a post: the form checks the files first. A ward's form ({@code /xa-dong-cuu/phan-anh},
 * forwarded to the view) is sent back to the ward's address.
 */
@WebFilter(filterName = "reportUploadSize", urlPatterns = {"/phan-anh", "/phan-anh.xhtml", "/tra-cuu", "/tra-cuu.xhtml"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ReportUploadSizeFilter extends HttpFilter {

    static final long MAX_POST_BYTES = 20L * 1024 * 1024;
    static final String TOO_LARGE = "qua-lon";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= MAX_POST_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String page = pageOf(forwardedFrom instanceof String asked ? asked : null, request.getContextPath(),
                request.getServletPath());
        String target = request.getContextPath() + page + "?" + TOO_LARGE + "=1"
                + trackingCodeOf(request.getHeader("Referer")).map(code -> "&ma=" + code).orElse("");
        response.setHeader("Connection", "close");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /**
     * The page the form is on, without the context path: the address the resident asked for when a ward's page was
     * forwarded to the view ({@code /xa-dong-cuu/phan-anh}), else the view's own ({@code /phan-anh}).
     */
    static String pageOf(String forwardedFrom, String contextPath, String servletPath) {
        if (forwardedFrom != null && forwardedFrom.startsWith(contextPath)) {
            return forwardedFrom.substring(contextPath.length());
        }
        return servletPath.replace(".xhtml", "");
    }

    /** The tracking code in the address of the page the form was on ({@code /tra-cuu?ma=…}), if any. */
    static Optional<String> trackingCodeOf(String referer) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            String query = URI.create(referer).getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("ma=")) {
                    return TrackingCode.parse(URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8))
                            .map(TrackingCode::value);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
