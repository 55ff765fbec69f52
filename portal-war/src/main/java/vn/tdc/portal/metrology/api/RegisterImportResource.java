package vn.tdc.portal.metrology.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tdc.portal.metrology.application.ImportPreview;
import vn.tdc.portal.metrology.application.RegisterExport;
import vn.tdc.portal.metrology.application.RegisterImport;
import vn.tdc.portal.metrology.application.RegisterSpreadsheet;
import vn.tdc.portal.platform.api.FormParts;
import vn.tdc.portal.platform.api.MultipartUpload;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.List;

/**
 * Import of an officer's spreadsheet into the register of a ward ({@code POST /api/officer/metrology/import}),
 * stateless: {@code confirm=false} answers every row with its action and problems and saves nothing;
 * {@code confirm=true} reads and checks the file again and saves all its rows in one transaction (answering the
 * counts, {@link RegisterImport.ImportResult}), or answers 409
 * with every row's problem and saves nothing. The body is {@code multipart/form-data} with the file in the field
 * {@code file} (CSV or XLSX, at most 2 MB and {@value RegisterSpreadsheet#MAX_ROWS} rows: 413 beyond).
 */
@Path("/officer/metrology/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Phương tiện đo")
public class RegisterImportResource {

    static final String FILE_FIELD = "file";
    private static final long FIELD_BYTES = 16 * 1024;

    @Inject
    RegisterImport imports;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MultipartUpload(fileBytes = RegisterSpreadsheet.MAX_BYTES, fieldBytes = FIELD_BYTES,
            tooLarge = "metrology.import.too_large", malformed = "metrology.import.multipart")
    @Operation(summary = "Nhập sổ phương tiện đo từ CSV/XLSX: confirm=false xem trước từng dòng và lỗi (không lưu);"
            + " confirm=true lưu tất cả các dòng trong một giao dịch và trả về số dòng thêm/cập nhật, hoặc không lưu gì"
            + " (409) nếu có dòng lỗi")
    public Object importFile(@QueryParam("unit") String unit, @QueryParam("confirm") String confirm,
                                    List<EntityPart> parts) {
        boolean save = confirm(confirm);
        List<FormParts.Part> files = FormParts.read(parts).files(FILE_FIELD);
        if (files.isEmpty()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.file_missing");
        }
        FormParts.Part file = files.get(0);
        return save ? imports.importFile(unit, file.content(), file.fileName(), officer())
                : imports.preview(unit, file.content(), file.fileName());
    }

    @GET
    @Path("mau.csv")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tệp mẫu CSV để nhập sổ phương tiện đo (các cột và một dòng ví dụ)")
    public Response template() {
        return Response.ok(RegisterExport.templateCsv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mau-so-phuong-tien-do.csv\"").build();
    }

    private static boolean confirm(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.confirm_invalid");
    }

    private String officer() {
        return security.getUserPrincipal().getName();
    }
}
