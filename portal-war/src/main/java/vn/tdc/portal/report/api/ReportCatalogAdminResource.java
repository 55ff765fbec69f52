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
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportKindView;

import java.util.List;

/** The editable reference data of reports (role ADMIN): kinds (Open311 services) and departments. */
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Danh mục phản ánh")
public class ReportCatalogAdminResource {

    @Inject
    RequestValidator validator;

    @Inject
    ReportCatalog catalog;

    /** {@code {"kinds":[…]}} */
    public record Kinds(List<ReportKindView> kinds) {
    }

    /** {@code {"departments":[…]}} */
    public record Departments(List<DepartmentView> departments) {
    }

    @GET
    @Path("report-kinds")
    @Operation(summary = "Tất cả loại phản ánh, kể cả loại ngừng tiếp nhận")
    public Kinds kinds() {
        return new Kinds(catalog.kinds());
    }

    @PUT
    @Path("report-kinds/{code}")
    @Operation(summary = "Tạo hoặc sửa một loại phản ánh (mã không đổi)")
    public ReportKindView saveKind(@PathParam("code") String code, ReportKindView kind) {
        ReportKindView body = validator.valid(kind);
        return catalog.saveKind(new ReportKindView(code, body.name(), body.description(), body.keywords(),
                body.departmentCode(), null, body.dueWorkingDays(), body.active(), body.sortOrder(), body.attributes()));
    }

    @GET
    @Path("report-departments")
    @Operation(summary = "Các cơ quan, đơn vị tiếp nhận")
    public Departments departments() {
        return new Departments(catalog.departments());
    }

    @PUT
    @Path("report-departments/{code}")
    @Operation(summary = "Tạo hoặc sửa một cơ quan, đơn vị")
    public DepartmentView saveDepartment(@PathParam("code") String code, DepartmentView department) {
        DepartmentView body = validator.valid(department);
        return catalog.saveDepartment(new DepartmentView(code, body.name(), body.active(), body.sortOrder()));
    }

}
