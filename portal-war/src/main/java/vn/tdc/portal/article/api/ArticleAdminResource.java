package vn.tdc.portal.article.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.article.application.ArticleEditorService;
import vn.tdc.portal.article.application.ArticleRevisionView;
import vn.tdc.portal.article.application.EditorArticleRow;
import vn.tdc.portal.article.application.EditorArticleView;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.paging.Page;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The editors' article API (roles EDITOR, ADMIN): writing, the workflow, revisions and the cover image. */
@Path("/admin/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Biên tập tin tức")
public class ArticleAdminResource {

    /** The largest cover upload read before the image checks (which apply their own, smaller limit). */
    static final int MAX_COVER_BODY = 20 * 1024 * 1024;

    @Inject
    ArticleEditorService editor;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest http;

    /** {@code {"at":"2026-12-01T08:00:00+07:00"}} */
    public static class ScheduleRequest {
        public String at;
    }

    @GET
    @Operation(summary = "Bài viết cho biên tập viên, mọi trạng thái; lọc theo trạng thái; phân trang")
    public Page<EditorArticleRow> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return editor.list(status, QueryParameters.intOrDefault("page", page, 1), QueryParameters.intOrDefault("size", size, 20));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Viết bài mới (bản nháp)")
    public Response create(ArticleRequest request) {
        EditorArticleView created = committed(editor.create(validator.valid(request).toForm(), user()));
        return Response.created(URI.create("/api/admin/articles/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Một bài viết với các phiên bản")
    public EditorArticleView find(@PathParam("id") long id) {
        return editor.find(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lưu bài viết (một phiên bản mới)")
    public EditorArticleView update(@PathParam("id") long id, ArticleRequest request) {
        ArticleRequest body = validator.valid(request);
        return committed(editor.update(id, body.toForm(), body.version, user()));
    }

    @POST
    @Path("{id: [0-9]+}/submit")
    @Operation(summary = "Gửi duyệt")
    public EditorArticleView submit(@PathParam("id") long id) {
        return committed(editor.submitForReview(id, user()));
    }

    @POST
    @Path("{id: [0-9]+}/return")
    @Operation(summary = "Trả về bản nháp")
    public EditorArticleView returnToDraft(@PathParam("id") long id) {
        return committed(editor.returnToDraft(id, user()));
    }

    @POST
    @Path("{id: [0-9]+}/publish")
    @Operation(summary = "Đăng ngay (người duyệt khác người gửi, hoặc quản trị viên)")
    public EditorArticleView publish(@PathParam("id") long id) {
        return committed(editor.publish(id, user(), security.isUserInRole("ADMIN")));
    }

    @POST
    @Path("{id: [0-9]+}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hẹn giờ đăng (thời điểm ở tương lai)")
    public EditorArticleView schedule(@PathParam("id") long id, ScheduleRequest request) {
        return committed(editor.schedule(id, instant(validator.valid(request).at), user(), security.isUserInRole("ADMIN")));
    }

    @DELETE
    @Path("{id: [0-9]+}/schedule")
    @Operation(summary = "Hủy hẹn giờ đăng")
    public EditorArticleView cancelSchedule(@PathParam("id") long id) {
        return committed(editor.cancelSchedule(id, user()));
    }

    @POST
    @Path("{id: [0-9]+}/unpublish")
    @Operation(summary = "Gỡ bài (về bản nháp)")
    public EditorArticleView unpublish(@PathParam("id") long id) {
        return committed(editor.unpublish(id, user()));
    }

    @POST
    @Path("{id: [0-9]+}/archive")
    @Operation(summary = "Lưu trữ bài đã đăng")
    public EditorArticleView archive(@PathParam("id") long id) {
        return committed(editor.archive(id, user()));
    }

    @POST
    @Path("{id: [0-9]+}/unarchive")
    @Operation(summary = "Đưa bài lưu trữ về bản nháp")
    public EditorArticleView unarchive(@PathParam("id") long id) {
        return committed(editor.bringBackFromArchive(id, user()));
    }

    @GET
    @Path("{id: [0-9]+}/revisions/{number: [0-9]+}")
    @Operation(summary = "Một phiên bản đã lưu")
    public ArticleRevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return editor.revision(id, number);
    }

    @POST
    @Path("{id: [0-9]+}/revisions/{number: [0-9]+}/restore")
    @Operation(summary = "Khôi phục một phiên bản (lưu thành phiên bản mới)")
    public EditorArticleView restore(@PathParam("id") long id, @PathParam("number") int number) {
        return committed(editor.restoreRevision(id, number, user()));
    }

    @PUT
    @Path("{id: [0-9]+}/cover")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ảnh đại diện: nội dung yêu cầu là tệp ảnh (JPEG, PNG, WebP ≤ 5 MB); ?alt= mô tả ảnh")
    public EditorArticleView setCover(@PathParam("id") long id, @QueryParam("alt") String alt) {
        return committed(editor.setCover(id, body(), alt, user()));
    }

    @DELETE
    @Path("{id: [0-9]+}/cover")
    @Operation(summary = "Bỏ ảnh đại diện")
    public EditorArticleView removeCover(@PathParam("id") long id) {
        return committed(editor.removeCover(id, user()));
    }

    /**
     * The article as committed: the view a change returns is built inside its transaction, before the version
     * number is raised, and a client sending that version with its next save would be refused as stale.
     */
    private EditorArticleView committed(EditorArticleView changed) {
        return editor.find(changed.id());
    }

    private byte[] body() {
        if (http.getContentLengthLong() > MAX_COVER_BODY) {
            throw ProblemException.of(ProblemKind.TOO_LARGE, "api.error.payload_too_large");
        }
        try (InputStream in = http.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_COVER_BODY + 1);
            if (bytes.length > MAX_COVER_BODY) {
                throw ProblemException.of(ProblemKind.TOO_LARGE, "api.error.payload_too_large");
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "api.error.bad_request");
        }
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value == null ? "" : value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("article.validation.failed",
                    List.of(FieldProblem.of("at", "article.validation.schedule_format")));
        }
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
