package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.InstrumentLabels;
import vn.tdc.portal.platform.api.QueryParameters;

/**
 * The printable QR stickers of a ward's instruments (roles OFFICER, ADMIN: {@code /api/officer/*} in
 * {@code web.xml}), within the officer's wards.
 */
@Path("/officer/metrology/labels.pdf")
@RequestScoped
@Tag(name = "Phương tiện đo")
public class MetrologyLabelsResource {

    static final String PDF = "application/pdf";

    @Inject
    InstrumentLabels labels;

    @GET
    @Produces({PDF, "application/json"})
    @Operation(summary = "Tờ tem QR khổ A4 (PDF, 3×8 tem một trang) của các phương tiện đo của một phường/xã, hoặc của"
            + " một địa điểm; tối đa 2 000 tem một lần")
    public Response sheet(@QueryParam("unit") String unit, @QueryParam("place") String place) {
        Long placeId = place == null || place.isBlank() ? null : (long) QueryParameters.intOrDefault("place", place, 0);
        byte[] pdf = labels.sheet(unit, placeId);
        String name = "tem-qr-" + unit.strip().replaceAll("[^a-z0-9-]", "") + (placeId == null ? "" : "-" + placeId)
                + ".pdf";
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
