package vn.tdc.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.platform.api.ErrorCode;

import java.io.IOException;

/**
 * JSON bodies of the API are small: a body over {@code portal.api.max-body-bytes} is refused with 413 before it is
 * read (declared length) or as soon as it passes the limit (chunked). File uploads have their own limits and are
 * not covered here: document uploads, multipart report submissions (with photos) and article covers have their own.
 */
@WebFilter(filterName = "requestBodyLimit", urlPatterns = "/api/*")
public class RequestBodyLimitFilter extends HttpFilter {

    private static final String UPLOADS = "/api/admin/documents";
    private static final String REPORTS = "/api/reports";
    private static final String ARTICLES = "/api/admin/articles/";
    private static final String COVER = "/cover";
    /** The units' CSV import, limited by its resource (1 MB). */
    private static final String UNIT_IMPORT = "/api/admin/units/import";
    /** The metrology register's spreadsheet import, limited by its resource (2 MB, {@code MultipartUpload}). */
    private static final String METROLOGY_IMPORT = "/api/officer/metrology/import";
    private static final long DRAIN_LIMIT = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "portal.api.max-body-bytes", defaultValue = "65536")
    long maxBytes;

    @Inject
    JsonErrorWriter errors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(UPLOADS) || (path.startsWith(REPORTS) && isMultipart(request))
                || (path.startsWith(ARTICLES) && path.endsWith(COVER)) || path.equals(UNIT_IMPORT)
                || (path.equals(METROLOGY_IMPORT) && isMultipart(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            discardUnread(request);
            response.setHeader("Connection", "close");
            errors.write(response, ErrorCode.PAYLOAD_TOO_LARGE);
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    /**
     * Reads and drops up to {@value #DRAIN_LIMIT} bytes of a refused body: over HTTP/2 an unread body keeps the
     * connection's flow-control window full and the client's next request on it would stall (over HTTP/1.1 the
     * connection is closed instead).
     */
    private static void discardUnread(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > DRAIN_LIMIT) {
            return;
        }
        request.getInputStream().skipNBytes(request.getContentLengthLong());
    }

    /** Report photos come as multipart bodies, limited by the report resource itself. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Thrown while reading a body (without a declared length) that grows past the limit; answered with 413. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException() {
            super("Request body larger than the limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
