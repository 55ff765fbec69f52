package vn.tdc.portal.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.report.application.WardDepartmentView;
import vn.tdc.portal.report.application.WardDepartments;

import java.util.List;

/** A ward's departments as residents see them (public): the active ones, with how to reach them. */
@Path("/units/{code}/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đơn vị hành chính")
public class WardDepartmentResource {

    @Inject
    WardDepartments departments;

    /** One department: catalogue code and name, the ward's contacts (left out of the JSON when not given). */
    public record PublicDepartment(String code, String name, String contactEmail, String contactPhone) {

        static PublicDepartment of(WardDepartmentView view) {
            return new PublicDepartment(view.departmentCode(), view.name(), view.contactEmail(), view.contactPhone());
        }
    }

    /** {@code {"unit":"xa-dong-cuu","departments":[…]}} */
    public record Departments(String unit, List<PublicDepartment> departments) {
    }

    @GET
    @Operation(summary = "Các phòng ban đang tiếp nhận phản ánh của một phường/xã, theo thứ tự, với liên hệ")
    public Departments list(@PathParam("code") String code) {
        return new Departments(code, departments.publicListOf(code).stream().map(PublicDepartment::of).toList());
    }
}
