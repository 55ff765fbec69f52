package vn.tdc.portal.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.report.application.ReportPhotoAccess;
import vn.tdc.portal.report.application.ReportPhotoUrls;
import vn.tdc.portal.user.domain.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Report photos at {@code /phan-anh/anh/{id}} (see {@link ReportPhotoUrls}); who may see one is decided by
 * {@link ReportPhotoAccess}. Anything not shown is a plain 404, whether the photo exists or not.
 */
@WebServlet(name = "reportPhoto", urlPatterns = ReportPhotoUrls.PATH + "*")
public class ReportPhotoServlet extends HttpServlet {

    @Inject
    ReportPhotoAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? null : path.substring(1);
        boolean staff = request.isUserInRole(Role.OFFICER_NAME) || request.isUserInRole(Role.ADMIN_NAME);
        Optional<ReportPhotoAccess.PhotoFile> photo = access.find(id, request.getParameter("ma"), staff);
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().mediaType());
        response.setCharacterEncoding((String) null);
        response.setContentLengthLong(Files.size(photo.get().path()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", "private, max-age=3600");
        Files.copy(photo.get().path(), response.getOutputStream());
    }
}
