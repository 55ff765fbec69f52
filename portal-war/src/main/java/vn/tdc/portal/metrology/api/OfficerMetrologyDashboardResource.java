package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.DashboardViews;
import vn.tdc.portal.metrology.application.MetrologyDashboardService;
import vn.tdc.portal.platform.api.QueryParameters;

/** The officers' metrology dashboard (roles OFFICER, ADMIN): the figures of their wards for a year. */
@Path("/officer/metrology/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class OfficerMetrologyDashboardResource {

    @Inject
    MetrologyDashboardService dashboards;

    @GET
    @Operation(summary = "Tổng quan: tỷ lệ phương tiện đo còn hạn kiểm định theo phường/xã và địa điểm so với chỉ tiêu,"
            + " số theo trạng thái, danh sách quá hạn/sắp hết hạn, các đợt kiểm tra và phản ánh trong năm")
    public DashboardViews.Dashboard dashboard(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        Integer shownYear = year == null || year.isBlank() ? null : QueryParameters.intOrDefault("year", year, 0);
        return dashboards.dashboard(unit, shownYear);
    }
}
