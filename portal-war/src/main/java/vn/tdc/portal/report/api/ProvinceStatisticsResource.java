package vn.tdc.portal.report.api;

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
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.application.ProvinceStatistics;
import vn.tdc.portal.report.application.ReportStatisticsService;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The public comparison of the wards of a province ({@code GET /api/units/{provinceCode}/statistics?year=2026}):
 * reports received, closed, the on-time and satisfaction rates and the overdue open reports of each ward, as iHanoi
 * and Hue-S publish them. {@code year} defaults to this year.
 */
@Path("/units/{code}/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phản ánh")
public class ProvinceStatisticsResource {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    ReportStatisticsService statistics;

    @GET
    @Operation(summary = "So sánh các phường/xã của một tỉnh: số phản ánh, tỉ lệ đúng hạn, tỉ lệ hài lòng (theo năm)")
    public ProvinceStatistics province(@PathParam("code") String code, @QueryParam("year") String year) {
        return statistics.province(code, year(year));
    }

    /** The year asked for, this year when none is given; anything but four digits is a 400 on {@code year}. */
    static int year(String text) {
        if (text == null || text.isBlank()) {
            return PortalTime.today().getYear();
        }
        if (!YEAR.matcher(text.strip()).matches()) {
            throw ProblemException.invalid("reportStats.error.invalid", List.of(FieldProblem.of("year",
                    "reportStats.error.year", ReportStatisticsService.FIRST_YEAR, PortalTime.today().getYear())));
        }
        return Integer.parseInt(text.strip());
    }
}
