package vn.tdc.portal.user.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.user.application.UserAccountService;
import vn.tdc.portal.user.application.UserAccountView;

/** Staff accounts for programs (role ADMIN; HTTP Basic or a logged-in session). */
@Path("/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tài khoản cán bộ")
public class UserAdminResource {

    @Inject
    UserAccountService accounts;

    @Inject
    RequestValidator validator;

    @GET
    @Operation(summary = "Danh sách tài khoản, có phân trang")
    public Page<UserAccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return accounts.list(QueryParameters.intOrDefault("page", page, 1), QueryParameters.intOrDefault("size", size, 20));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Một tài khoản")
    public UserAccountView find(@PathParam("id") long id) {
        return accounts.find(id);
    }

    @POST
    @Operation(summary = "Tạo tài khoản")
    public Response create(CreateUserRequest request, @Context UriInfo uri) {
        UserAccountView created = accounts.create(validator.valid(request).toNewAccount());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}/roles")
    @Operation(summary = "Đổi quyền của tài khoản")
    public UserAccountView changeRoles(@PathParam("id") long id, ChangeRolesRequest request) {
        return accounts.changeRoles(id, validator.valid(request).getRoles());
    }

    @PUT
    @Path("{id: [0-9]+}/enabled")
    @Operation(summary = "Khóa hoặc mở khóa tài khoản")
    public UserAccountView changeEnabled(@PathParam("id") long id, ChangeEnabledRequest request) {
        return accounts.changeEnabled(id, validator.valid(request).getEnabled());
    }

    @PUT
    @Path("{id: [0-9]+}/unit")
    @Operation(summary = "Chuyển tài khoản sang đơn vị khác trong phạm vi quản lý")
    public UserAccountView changeUnit(@PathParam("id") long id, ChangeUnitRequest request) {
        return accounts.changeUnit(id, validator.valid(request).getUnitCode());
    }

    @PUT
    @Path("{id: [0-9]+}/email")
    @Operation(summary = "Đặt địa chỉ thư điện tử của tài khoản (nhận thư nhắc hạn kiểm định phương tiện đo);"
            + " để trống để bỏ")
    public UserAccountView changeEmail(@PathParam("id") long id, ChangeEmailRequest request) {
        return accounts.changeEmail(id, validator.valid(request).getEmail());
    }
}
