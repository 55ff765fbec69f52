package vn.tdc.portal.unit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import java.util.List;

/** The platform's units, public: the provinces and their wards, with how to reach them. */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đơn vị hành chính")
public class UnitResource {

    @Inject
    UnitDirectory directory;

    /** The body of the list: {@code {"units":[…]}}. */
    public record Units(List<PublicUnit> units) {
    }

    @GET
    @Operation(summary = "Các đơn vị đang hoạt động: nền tảng, tỉnh/thành phố, phường/xã (mã, tên, địa chỉ, liên hệ, tọa độ)")
    public Units list() {
        return new Units(directory.all().stream().filter(UnitView::active)
                .map(unit -> PublicUnit.of(unit, directory.parentOf(unit).map(UnitView::code).orElse(null)))
                .toList());
    }
}
