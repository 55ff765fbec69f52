package vn.tdc.portal.document.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable document addresses: {@code /van-ban/{id}} shows {@code /van-ban/chi-tiet.xhtml?id={id}}. */
@WebFilter(filterName = "documentPath", urlPatterns = "/van-ban/*")
public class DocumentPathFilter extends HttpFilter {

    private static final Pattern DOCUMENT = Pattern.compile("/van-ban/([a-z0-9][a-z0-9-]{0,150})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = DOCUMENT.matcher(path);
        if (matcher.matches() && !matcher.group(1).equals("chi-tiet")) {
            request.getRequestDispatcher("/van-ban/chi-tiet.xhtml?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
