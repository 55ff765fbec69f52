package vn.tdc.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A form post that is not {@code multipart/form-data} has no parts. Faces asks every file input of a form for its part,
 * and the servlet container answers a post of a multipart form sent as {@code application/x-www-form-urlencoded}
 * (a program, never a browser) by throwing, which became a 500; with no parts the form is decoded as sent without
 * files and its rules answer as they would to a browser.
 */
@WebFilter(filterName = "nonMultipartParts", urlPatterns = "/*", asyncSupported = true)
public class NonMultipartPartsFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(isMultipart(request) ? request : new WithoutParts(request), response);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The request as it is, with no parts. */
    static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
