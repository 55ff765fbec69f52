package vn.tdc.portal.article.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.paging.Page;

import java.util.List;

/** Published news for everyone: listings by category and tag, one article by its slug, the categories. */
@Path("/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tin tức")
public class ArticleResource {

    @Inject
    ArticleQueries queries;

    /** {@code {"categories":[…]}} */
    public record Categories(List<ArticleCategoryView> categories) {
    }

    @GET
    @Operation(summary = "Bài viết đã đăng, mới nhất trước; lọc theo chuyên mục, thẻ; phân trang")
    public Page<PublishedArticle> list(@QueryParam("category") String category, @QueryParam("tag") String tag,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        return queries.latest(category, tag, QueryParameters.intOrDefault("page", page, 1),
                QueryParameters.intOrDefault("size", size, 10));
    }

    @GET
    @Path("categories")
    @Operation(summary = "Các chuyên mục và số bài đã đăng")
    public Categories categories() {
        return new Categories(queries.categories());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Một bài viết đã đăng")
    public PublishedArticle find(@PathParam("slug") String slug) {
        return queries.bySlug(slug).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "article.error.not_found", slug));
    }
}
