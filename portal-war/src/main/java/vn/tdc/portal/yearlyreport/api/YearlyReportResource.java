package vn.tdc.portal.yearlyreport.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.yearlyreport.application.YearlyReport;
import vn.tdc.portal.yearlyreport.application.YearlyReportDocument;
import vn.tdc.portal.yearlyreport.application.YearlyReportService;

/**
 * The yearly report as an editable Word file (roles OFFICER, ADMIN): {@code unit} a ward or a province code within
 * the caller's scope (default: the caller's unit), {@code year} (default: this year). A province gets the roll-up of
 * its wards. Problems are JSON in Vietnamese (400 year or unit, 403 outside the scope, 404 unknown unit).
 */
@Path("/officer/yearly-report.docx")
@RequestScoped
@Tag(name = "Báo cáo năm")
public class YearlyReportResource {

    @Inject
    YearlyReportService reports;

    @GET
    @Produces({YearlyReportDocument.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Báo cáo kết quả thực hiện Kế hoạch về tiêu chuẩn, đo lường, chất lượng của một phường/xã"
            + " (hoặc tổng hợp các phường/xã của một tỉnh) cho một năm, tệp Word theo thể thức Nghị định 30/2020")
    public Response download(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        YearlyReport report = reports.report(unit, year);
        byte[] document = YearlyReportDocument.write(report);
        return Response.ok(document, YearlyReportDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-nam-" + report.unitCode() + "-"
                        + report.year() + ".docx\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
