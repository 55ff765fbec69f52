package vn.tdc.portal.article.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.article.application.ArticleCategoryAdmin;
import vn.tdc.portal.platform.api.RequestValidator;

import java.util.List;

/** The news categories as data (role ADMIN). */
@Path("/admin/article-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Biên tập tin tức")
public class ArticleCategoryAdminResource {

    @Inject
    ArticleCategoryAdmin categories;

    @Inject
    RequestValidator validator;

    /** {@code {"categories":[…]}} */
    public record Categories(List<ArticleCategoryAdmin.CategoryForm> categories) {
    }

    @GET
    @Operation(summary = "Các chuyên mục tin tức, kể cả chuyên mục ngừng dùng")
    public Categories list() {
        return new Categories(categories.list());
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Tạo hoặc sửa một chuyên mục (mã không đổi)")
    public ArticleCategoryAdmin.CategoryForm save(@PathParam("code") String code, ArticleCategoryAdmin.CategoryForm form) {
        ArticleCategoryAdmin.CategoryForm body = validator.valid(form);
        return categories.save(new ArticleCategoryAdmin.CategoryForm(code, body.name(), body.active(), body.sortOrder()));
    }
}
