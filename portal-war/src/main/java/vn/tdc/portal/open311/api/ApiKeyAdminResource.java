package vn.tdc.portal.open311.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.open311.application.ApiKeyService;
import vn.tdc.portal.open311.application.ApiKeyView;
import vn.tdc.portal.open311.application.IssuedApiKey;
import vn.tdc.portal.platform.api.RequestValidator;

import java.util.List;

/** Open311 API keys for programs (role ADMIN; HTTP Basic or a logged-in session). */
@Path("/admin/open311-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Khóa Open311")
public class ApiKeyAdminResource {

    @Inject
    ApiKeyService keys;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    /** The response body of the list: {@code {"keys":[…]}}. */
    public record Keys(List<ApiKeyView> keys) {
    }

    @GET
    @Operation(summary = "Các khóa Open311 đã cấp (không bao giờ gồm chính khóa)")
    public Keys list() {
        return new Keys(keys.list());
    }

    @POST
    @Operation(summary = "Cấp khóa mới: khóa chỉ được trả về một lần trong câu trả lời này")
    public Response issue(IssueKeyRequest request, @Context UriInfo uri) {
        IssuedApiKey issued = keys.issue(validator.valid(request).getLabel(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build())
                .header("Cache-Control", "no-store")
                .entity(issued).build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "Thu hồi khóa: mọi yêu cầu sau đó với khóa này bị từ chối (403)")
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
