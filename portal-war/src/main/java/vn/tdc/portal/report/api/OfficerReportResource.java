package vn.tdc.portal.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.report.application.InboxFilter;
import vn.tdc.portal.report.application.InboxRow;
import vn.tdc.portal.report.application.OfficerReportView;
import vn.tdc.portal.report.application.ReportInbox;
import vn.tdc.portal.report.application.ReportWorkflowService;
import vn.tdc.portal.report.application.StatusChange;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Officers' handling of reports (roles OFFICER, ADMIN): inbox, detail, changes of state, notes, publishing, CSV. */
@Path("/officer/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Xử lý phản ánh")
public class OfficerReportResource {

    @Inject
    RequestValidator validator;

    @Inject
    ReportInbox inbox;

    @Inject
    ReportWorkflowService workflow;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Hộp thư phản ánh: lọc theo trạng thái, loại, đơn vị, quá hạn, ngày; sắp xếp; phân trang")
    public Page<InboxRow> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                               @QueryParam("department") String department, @QueryParam("overdue") String overdue,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("sort") String sort, @QueryParam("page") String page,
                               @QueryParam("size") String size, @QueryParam("unit") String unit) {
        return inbox.list(filter(status, kind, department, overdue, from, to, sort, unit),
                QueryParameters.intOrDefault("page", page, 1), QueryParameters.intOrDefault("size", size, 20));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Xuất CSV ẩn danh (không có thông tin liên hệ) theo bộ lọc")
    public Response export(@QueryParam("status") String status, @QueryParam("kind") String kind,
                           @QueryParam("department") String department, @QueryParam("overdue") String overdue,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("unit") String unit) {
        InboxFilter filter = filter(status, kind, department, overdue, from, to, "oldest", unit);
        StreamingOutput body = out -> inbox.exportCsv(filter, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"phan-anh-" + LocalDate.now() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Một phản ánh đầy đủ: liên hệ, ảnh, nhật ký, gợi ý trùng")
    public OfficerReportView find(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Path("{id: [0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chuyển trạng thái theo quy trình (lý do bắt buộc khi không đủ căn cứ)")
    public OfficerReportView changeStatus(@PathParam("id") long id, OfficerRequests.ChangeStatus request) {
        OfficerRequests.ChangeStatus body = validator.valid(request);
        workflow.changeStatus(id, new StatusChange(body.status, body.departmentCode, body.reason, body.publicText,
                body.internalText), officer());
        return detail(id);
    }

    @POST
    @Path("{id: [0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cập nhật công khai (gửi người phản ánh) hoặc ghi chú nội bộ")
    public OfficerReportView addNote(@PathParam("id") long id, OfficerRequests.Note request) {
        OfficerRequests.Note body = validator.valid(request);
        workflow.addNote(id, body.publicText, body.internalText, officer());
        return detail(id);
    }

    @POST
    @Path("{id: [0-9]+}/publish")
    @Operation(summary = "Công khai phản ánh (Open311, ảnh)")
    public OfficerReportView publish(@PathParam("id") long id) {
        workflow.publish(id, officer());
        return detail(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/publish")
    @Operation(summary = "Thôi công khai phản ánh")
    public OfficerReportView unpublish(@PathParam("id") long id) {
        workflow.unpublish(id, officer());
        return detail(id);
    }

    @POST
    @Path("{id: [0-9]+}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đánh dấu trùng với một phản ánh khác (theo mã)")
    public OfficerReportView markDuplicate(@PathParam("id") long id, OfficerRequests.Duplicate request) {
        OfficerRequests.Duplicate body = validator.valid(request);
        workflow.markDuplicate(id, body.original, body.publicText, officer());
        return detail(id);
    }

    @POST
    @Path("{id: [0-9]+}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chuyển phản ánh sang phường/xã khác (cán bộ cấp tỉnh hoặc quản trị nền tảng; lý do bắt buộc)")
    public OfficerReportView transfer(@PathParam("id") long id, OfficerRequests.Transfer request) {
        OfficerRequests.Transfer body = validator.valid(request);
        workflow.transfer(id, body.unit.strip(), body.reason, officer());
        return detail(id);
    }

    private OfficerReportView detail(long id) {
        return inbox.detail(id).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "report.error.id_not_found", String.valueOf(id)));
    }

    private String officer() {
        return security.getUserPrincipal().getName();
    }

    private static InboxFilter filter(String status, String kind, String department, String overdue, String from,
                                      String to, String sort, String unit) {
        return new InboxFilter(status, kind, department, "true".equalsIgnoreCase(overdue), date("from", from),
                date("to", to), sort, unit);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemKind.BAD_REQUEST, "api.error.bad_request", List.of(),
                    List.of(FieldProblem.of(name, "report.api.date")));
        }
    }

}
