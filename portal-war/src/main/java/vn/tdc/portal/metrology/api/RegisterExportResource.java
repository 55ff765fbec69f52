package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.MetrologyRegister;
import vn.tdc.portal.metrology.application.RegisterExport;
import vn.tdc.portal.metrology.application.RegisterQuery;
import vn.tdc.portal.platform.api.QueryParameters;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The register as CSV or XLSX ({@code GET /api/officer/metrology/export.csv}, {@code export.xlsx}) with the list's
 * filters ({@code unit, place, type, state, reference, q}); a bad filter is 400/404 before anything is written.
 */
@Path("/officer/metrology/export.{format: csv|xlsx}")
@RequestScoped
@Tag(name = "Phương tiện đo")
public class RegisterExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    RegisterExport export;

    @Inject
    MetrologyRegister register;

    @GET
    @Operation(summary = "Xuất sổ phương tiện đo (CSV UTF-8 có BOM hoặc XLSX) theo các bộ lọc của danh sách")
    public Response export(@PathParam("format") String format, @QueryParam("unit") String unit,
                           @QueryParam("place") String place, @QueryParam("type") String type,
                           @QueryParam("state") String state, @QueryParam("reference") String reference,
                           @QueryParam("q") String text) {
        Long placeId = place == null || place.isBlank() ? null
                : (long) QueryParameters.intOrDefault("place", place, 0);
        RegisterQuery query = new RegisterQuery(unit, placeId, type, state, bool(reference), text);
        register.filter(query);
        boolean csv = format.equals("csv");
        StreamingOutput body = out -> {
            if (csv) {
                export.writeCsv(query, out);
            } else {
                export.writeXlsx(query, out);
            }
        };
        String name = "so-phuong-tien-do-" + FILE_DAY.format(PortalTime.today()) + "." + format;
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static Boolean bool(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid("api.error.validation_failed",
                List.of(FieldProblem.of("reference", "metrology.error.not_boolean")));
    }
}
