package vn.tdc.portal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;
import vn.tdc.portal.platform.api.ErrorCode;

import java.io.IOException;
import java.util.Set;

/**
 * Where the container sends every error: API callers get the JSON error body, people get a Vietnamese page.
 * Never a stack trace.
 */
@WebServlet(name = "errorPage", urlPatterns = "/loi")
public class ErrorPageServlet extends HttpServlet {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 500);

    @Inject
    JsonErrorWriter json;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 404;
        if (causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), CspException.class)) {
            status = HttpServletResponse.SC_BAD_REQUEST;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            json.write(response, ErrorCode.forStatus(status));
            return;
        }
        response.setStatus(status);
        int page = PAGES.contains(status) ? status : (status >= 500 ? 500 : 400);
        request.getRequestDispatcher("/loi/" + page + ".xhtml").forward(request, response);
    }

    /** A form posted without its page's CSP nonce (or with another) is a bad request, not a failure of the portal. */
    private static boolean causedBy(Object error, Class<? extends Throwable> type) {
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
