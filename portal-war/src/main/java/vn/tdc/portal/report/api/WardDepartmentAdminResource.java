package vn.tdc.portal.report.api;

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
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.report.application.WardDepartmentList;
import vn.tdc.portal.report.application.WardDepartmentService;
import vn.tdc.portal.report.application.WardDepartmentView;
import vn.tdc.portal.report.application.WardDepartments;

import java.util.List;

/**
 * A ward's department list as its administrators set it (role ADMIN; the ward's own, a province's for its wards,
 * the platform's for every ward: a ward outside the caller's scope is a 404, checked before the body is).
 */
@Path("/admin/units/{code}/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đơn vị hành chính")
public class WardDepartmentAdminResource {

    @Inject
    WardDepartments departments;

    @Inject
    WardDepartmentService service;

    /** {@code {"departments":[{departmentCode, name, contactEmail, contactPhone, active, sortOrder}]}} */
    public record Departments(List<WardDepartmentView> departments) {
    }

    @GET
    @Operation(summary = "Danh sách phòng ban của phường/xã để sửa: mọi phòng ban của danh mục, kèm thiết lập của phường/xã")
    public Departments list(@PathParam("code") String code) {
        return new Departments(departments.editableListOf(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thay danh sách phòng ban của phường/xã: {departments:[{departmentCode, active, contactEmail, contactPhone, sortOrder}]}")
    public Departments replace(@PathParam("code") String code, WardDepartmentList list) {
        if (list == null) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "api.error.missing_body");
        }
        return new Departments(service.replace(code, list));
    }
}
