package vn.tdc.portal.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.ratelimit.RateLimited;
import vn.tdc.portal.platform.ratelimit.RateLimits;
import vn.tdc.portal.search.application.SearchResult;
import vn.tdc.portal.search.application.SearchResults;
import vn.tdc.portal.search.application.SearchService;

import java.util.List;

/**
 * Vietnamese full-text search over documents and published articles, with or without diacritics, a page at a time.
 * {@code size} is the page size; {@code limit}, its older name, is still read when {@code size} is absent.
 */
@Path("/search")
@RequestScoped
@Tag(name = "Tìm kiếm")
public class SearchResource {

    @Inject
    SearchService search;

    /**
     * The response body: {@code {"results":[…],"page","size","total"}}; each result's {@code highlights} are
     * [start, end) offsets into its {@code excerpt}.
     */
    public record Results(List<SearchResult> results, int page, int size, int total) {
    }

    @GET
    @RateLimited(RateLimits.class)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tìm trong văn bản và tin bài; q có dấu hoặc không dấu; type = document | article; "
            + "page ≥ 1, size 1–50 (mặc định 10; limit là tên cũ của size); highlights = các đoạn [đầu, cuối) "
            + "của excerpt khớp với từ tìm")
    public Results search(@QueryParam("q") String q, @QueryParam("limit") String limit,
                          @QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("type") String type) {
        int pageNumber = QueryParameters.intOrDefault("page", page, 1);
        int pageSize = size != null && !size.isBlank()
                ? QueryParameters.intOrDefault("size", size, SearchService.DEFAULT_SIZE)
                : search.validLimit(q, QueryParameters.intOrDefault("limit", limit, SearchService.DEFAULT_SIZE));
        SearchResults found = search.search(q, pageNumber, pageSize, type);
        return new Results(found.results(), found.page(), found.size(), found.total());
    }
}
