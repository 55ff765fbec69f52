package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.InstrumentForm;
import vn.tdc.portal.metrology.application.InstrumentTypeView;
import vn.tdc.portal.metrology.application.InstrumentView;
import vn.tdc.portal.metrology.application.MetrologyRegister;
import vn.tdc.portal.metrology.application.PlaceForm;
import vn.tdc.portal.metrology.application.PlaceView;
import vn.tdc.portal.metrology.application.RegisterQuery;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.FieldProblem;

import java.util.List;

/** Officers' register of places of trade and measuring instruments (roles OFFICER, ADMIN), within their wards. */
@Path("/officer/metrology")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class OfficerMetrologyResource {

    @Inject
    MetrologyRegister register;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Path("types")
    @Operation(summary = "Loại phương tiện đo và chu kỳ kiểm định (tháng)")
    public List<InstrumentTypeView> types() {
        return register.types();
    }

    @GET
    @Path("places")
    @Operation(summary = "Địa điểm kinh doanh (chợ, cửa hàng, cửa hàng xăng dầu) của các phường/xã mình quản lý")
    public List<PlaceView> places(@QueryParam("unit") String unit) {
        return register.places(unit);
    }

    @POST
    @Path("places")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm địa điểm; tên không trùng trong một phường/xã (400)")
    public Response addPlace(PlaceForm form, @Context UriInfo uri) {
        PlaceView place = register.addPlace(validator.valid(form), officer());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(place.id())).build())
                .entity(place).build();
    }

    @PUT
    @Path("places/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa thông tin địa điểm")
    public PlaceView updatePlace(@PathParam("id") long id, PlaceForm form) {
        return register.updatePlace(id, validator.valid(form), officer());
    }

    @GET
    @Path("instruments")
    @Operation(summary = "Sổ phương tiện đo: lọc theo phường/xã, địa điểm, loại, trạng thái (con-hieu-luc,"
            + " sap-het-han, qua-han, khong-dat, dinh-chi), cân đối chứng, từ khóa; phân trang")
    public Page<InstrumentView> instruments(@QueryParam("unit") String unit, @QueryParam("place") String place,
                                            @QueryParam("type") String type, @QueryParam("state") String state,
                                            @QueryParam("reference") String reference, @QueryParam("q") String text,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        Long placeId = place == null || place.isBlank() ? null : (long) QueryParameters.intOrDefault("place", place, 0);
        RegisterQuery query = new RegisterQuery(unit, placeId, type, state, bool("reference", reference), text);
        return register.instruments(query, QueryParameters.intOrDefault("page", page, 1),
                QueryParameters.intOrDefault("size", size, 20));
    }

    @GET
    @Path("instruments/{id: [0-9]+}")
    @Operation(summary = "Một phương tiện đo")
    public InstrumentView instrument(@PathParam("id") long id) {
        return register.instrument(id);
    }

    @POST
    @Path("instruments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm phương tiện đo; hạn kiểm định tính theo chu kỳ của loại; số máy không trùng (400)")
    public Response add(InstrumentForm form, @Context UriInfo uri) {
        InstrumentView instrument = register.add(validator.valid(form), officer());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(instrument.id())).build())
                .entity(instrument).build();
    }

    @PUT
    @Path("instruments/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa phương tiện đo, ghi kết quả kiểm định, đình chỉ sử dụng")
    public InstrumentView update(@PathParam("id") long id, InstrumentForm form) {
        return register.update(id, validator.valid(form), officer());
    }

    @DELETE
    @Path("instruments/{id: [0-9]+}")
    @Operation(summary = "Xóa phương tiện đo khỏi sổ (nhập nhầm)")
    public Response remove(@PathParam("id") long id) {
        register.remove(id);
        return Response.noContent().build();
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid("api.error.validation_failed",
                List.of(FieldProblem.of(name, "metrology.error.not_boolean")));
    }

    private String officer() {
        return security.getUserPrincipal().getName();
    }
}
