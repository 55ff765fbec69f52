package vn.tdc.portal.document.api;

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
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentDetail;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.document.application.DocumentSummary;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.QueryParameters;

import java.util.List;

/** The document library: directives and plans with their sections. */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Văn bản")
public class DocumentResource {

    @Inject
    DocumentCatalog catalog;

    /** The response body of the list: {@code {"documents":[…]}}. */
    public record Documents(List<DocumentSummary> documents) {
    }

    @GET
    @Operation(summary = "Danh sách văn bản, lọc theo loại, cơ quan ban hành, năm")
    public Documents list(@QueryParam("kind") String kind, @QueryParam("issuer") String issuer,
                          @QueryParam("year") String year) {
        return new Documents(catalog.list(new DocumentFilter(kind, issuer, QueryParameters.intOrDefault("year", year, 0))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một văn bản với mục lục và các mục")
    public DocumentDetail find(@PathParam("id") String id) {
        return catalog.find(id).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "document.error.not_found", id));
    }
}
