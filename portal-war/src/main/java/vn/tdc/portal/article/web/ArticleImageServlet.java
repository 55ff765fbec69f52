package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.ArticleViews;
import vn.tdc.portal.media.domain.ImageFormat;
import vn.tdc.portal.media.infrastructure.ImageStore;
import vn.tdc.portal.user.domain.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article images at {@code /tin-tuc/anh/{sha256}.{ext}} (see {@link ArticleViews#IMAGE_PATH}). The cover of a
 * published article is public and may be cached by anyone; any other stored image (a draft's cover, an image not
 * yet used in a published article) only reaches editors and administrators, never cached. Anything else — a
 * malformed name, an unknown image, an image the caller may not see — is a plain 404, whether it exists or not.
 */
@WebServlet(name = "articleImage", urlPatterns = ArticleViews.IMAGE_PATH + "*")
public class ArticleImageServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/([0-9a-f]{64})\\.([a-z]{3,4})");

    @Inject
    ArticleQueries queries;

    @Inject
    ImageStore images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ImageFormat> format = name.matches() ? formatOf(name.group(2)) : Optional.empty();
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String sha256 = name.group(1);
        boolean published = queries.isPublicImage(sha256);
        boolean editor = request.isUserInRole(Role.EDITOR_NAME) || request.isUserInRole(Role.ADMIN_NAME);
        Optional<Path> file = published || editor ? images.find(sha256, format.get()) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(format.get().mediaType());
        response.setCharacterEncoding((String) null);
        response.setContentLengthLong(Files.size(file.get()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", published ? "public, max-age=86400" : "private, no-store");
        Files.copy(file.get(), response.getOutputStream());
    }

    private static Optional<ImageFormat> formatOf(String extension) {
        return Arrays.stream(ImageFormat.values()).filter(f -> f.extension().equals(extension)).findFirst();
    }
}
