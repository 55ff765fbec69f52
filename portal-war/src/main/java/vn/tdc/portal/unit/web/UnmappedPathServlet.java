package vn.tdc.portal.unit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The servlet of every address no other servlet maps ({@code /}): a ward's pages ({@code /xa-dong-cuu/phan-anh}) and
 * files. A ward page never reaches it ({@link WardPathFilter} forwards it to its view first); everything else (static
 * files, unknown addresses) is handed to the container's own default servlet, unchanged.
 *
 * <p>It exists for one reason: the container reads the parts of a multipart post with the configuration of the servlet
 * the <em>address</em> maps to, not of the one the request is forwarded to. Without a multipart configuration here,
 * the report form of a ward (photos, multipart) would reach the Faces Servlet with no parameters at all and be shown
 * again, unfilled. The limits are the Faces Servlet's ({@code web.xml}).
 */
@WebServlet(name = "unmappedPath", urlPatterns = "/")
@MultipartConfig(maxFileSize = 20_971_520L, maxRequestSize = 22_020_096L, fileSizeThreshold = 1_048_576)
public class UnmappedPathServlet extends HttpServlet {

    /** The name of the container's default servlet (Payara's {@code default-web.xml}). */
    static final String CONTAINER_DEFAULT = "default";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        RequestDispatcher files = getServletContext().getNamedDispatcher(CONTAINER_DEFAULT);
        if (files == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        files.forward(request, response);
    }
}
