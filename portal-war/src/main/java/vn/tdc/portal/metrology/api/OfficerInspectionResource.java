package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.tdc.portal.metrology.application.InspectionForm;
import vn.tdc.portal.metrology.application.InspectionService;
import vn.tdc.portal.metrology.application.InspectionView;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.paging.Page;

/**
 * Officers' inspections (đợt kiểm tra) of measuring instruments (roles OFFICER, ADMIN), within their wards.
 */
@Path("/officer/metrology/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class OfficerInspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Các đợt kiểm tra phương tiện đo: lọc theo phường/xã và năm; mới nhất trước; phân trang")
    public Page<InspectionView> list(@QueryParam("unit") String unit, @QueryParam("year") String year,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        Integer shownYear = year == null || year.isBlank() ? null : QueryParameters.intOrDefault("year", year, 0);
        return inspections.list(unit, shownYear, QueryParameters.intOrDefault("page", page, 1),
                QueryParameters.intOrDefault("size", size, 20));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Một đợt kiểm tra với các kết quả")
    public InspectionView inspection(@PathParam("id") long id) {
        return inspections.inspection(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi một đợt kiểm tra: ngày (không sau hôm nay), đoàn, kết quả từng địa điểm/phương tiện đo"
            + " (dat/khong-dat, sai số, xử lý, mã phản ánh); \"không đạt\" đánh dấu phương tiện đo không đạt,"
            + " phản ánh được gắn nhận cập nhật công khai")
    public Response record(InspectionForm form, @Context UriInfo uri) {
        InspectionView recorded = inspections.record(validator.valid(form),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(recorded.id())).build())
                .entity(recorded).build();
    }
}
