package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.InstrumentLookup;
import vn.tdc.portal.metrology.application.PublicInstrumentView;
import vn.tdc.portal.metrology.application.WardMetrology;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

/** What residents may read of the register: an instrument by its QR code, a ward's reference scales and shares. */
@Path("/metrology")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class MetrologyResource {

    @Inject
    InstrumentLookup lookup;

    @Inject
    UnitDirectory units;

    @GET
    @Path("instruments/{code}")
    @Operation(summary = "Tra cứu phương tiện đo theo mã trên tem QR: loại, nơi dùng, kiểm định, trạng thái,"
            + " cân đối chứng gần nhất")
    public PublicInstrumentView instrument(@PathParam("code") String code) {
        return lookup.byCode(code);
    }

    @GET
    @Path("wards/{unit}")
    @Operation(summary = "Cân đối chứng và tỷ lệ phương tiện đo còn hạn kiểm định theo chợ/địa điểm của một phường/xã")
    public WardMetrology ward(@PathParam("unit") String unit) {
        UnitView ward = units.byCode(unit).filter(UnitView::isWard).filter(UnitView::active)
                .orElseThrow(() -> ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found", unit));
        return lookup.ofWard(ward);
    }
}
