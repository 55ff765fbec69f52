package vn.tdc.portal.unit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.unit.application.UnitAdministration;
import vn.tdc.portal.unit.application.UnitForm;
import vn.tdc.portal.unit.application.UnitView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Upkeep of the units (platform administrators only: {@code unit.web.PlatformAdministrationFilter}): add one,
 * describe one again, import a CSV of many ({@link vn.tdc.portal.unit.application.UnitCsv}).
 */
@Path("/admin/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Đơn vị hành chính")
public class UnitAdminResource {

    /** The largest CSV accepted. */
    static final int IMPORT_MAX_BYTES = 1024 * 1024;

    @Inject
    UnitAdministration administration;

    @Inject
    RequestValidator validator;

    /** The answer to an import: how many units were added. */
    public record Imported(int added) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thêm đơn vị (tỉnh/thành phố hoặc phường/xã); mã và slug không được trùng (409)")
    public Response create(UnitForm form, @Context UriInfo uri) {
        UnitView created = administration.create(validator.valid(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(PublicUnit.of(created, form.getParentCode())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa tên, địa chỉ, liên hệ, tọa độ của đơn vị (mã, slug, loại và đơn vị cha không đổi)")
    public PublicUnit update(@PathParam("code") String code, UnitForm form) {
        if (form == null) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "api.error.missing_body");
        }
        UnitView updated = administration.update(code, form);
        return PublicUnit.of(updated, form.getParentCode());
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Nhập nhiều đơn vị từ CSV (UTF-8, ≤ 1 MB): kiểm tra mọi dòng trước, không lưu gì nếu có dòng sai")
    public Imported importCsv(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(IMPORT_MAX_BYTES + 1);
        if (bytes.length > IMPORT_MAX_BYTES) {
            throw ProblemException.of(ProblemKind.TOO_LARGE, "units.import.too_large", IMPORT_MAX_BYTES / 1024);
        }
        return new Imported(administration.importCsv(utf8(bytes)));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "units.import.encoding");
        }
    }
}
