package vn.tdc.portal.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.ratelimit.RateLimits;
import vn.tdc.portal.search.application.SearchResult;
import vn.tdc.portal.search.application.SearchService;

import java.util.List;

/** Vietnamese full-text search, with or without diacritics. */
@Path("/search")
@RequestScoped
@Tag(name = "Tìm kiếm")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    RateLimits rateLimits;

    @Context
    HttpServletRequest request;

    /** The response body: {@code {"results":[…]}}. */
    public record Results(List<SearchResult> results) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tìm trong văn bản (và tin bài); q có dấu hoặc không dấu; type = document | article")
    public Results search(@QueryParam("q") String q, @QueryParam("limit") String limit,
                          @QueryParam("type") String type) {
        rateLimits.check(request.getRemoteAddr());
        return new Results(search.search(q, QueryParameters.intOrDefault("limit", limit, 10), type));
    }
}
