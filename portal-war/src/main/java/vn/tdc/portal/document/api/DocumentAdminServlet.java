package vn.tdc.portal.document.api;

import vn.tdc.portal.platform.web.MultipartParser;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import vn.tdc.portal.document.application.DocumentFields;
import vn.tdc.portal.document.application.DocumentUploadService;
import vn.tdc.portal.document.application.ManagedDocument;
import vn.tdc.portal.document.application.UploadRejections;
import vn.tdc.knowledge.document.upload.DocumentUploadParser;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.JsonErrorWriter;
import vn.tdc.portal.platform.web.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document upload API for programs (EDITOR, ADMIN; HTTP Basic or a session), a plain servlet because it takes
 * {@code multipart/form-data}: mapped at {@code /api/admin/documents/*}, it wins over JAX-RS's {@code /api/*} (longest
 * path match). Every answer is JSON in the portal's error model, never a stack trace.
 * <ul>
 *   <li>{@code GET /api/admin/documents}: uploaded documents and the read-only seeds;</li>
 *   <li>{@code POST /api/admin/documents}: {@code file} and the fields of {@link DocumentFields} → 201, Location;</li>
 *   <li>{@code GET /api/admin/documents/{id}}: one document;</li>
 *   <li>{@code PUT /api/admin/documents/{id}}: a new file and/or fields; fields not sent keep their value;</li>
 *   <li>{@code DELETE /api/admin/documents/{id}} → 204;</li>
 *   <li>{@code GET /api/admin/documents/{id}/file}: the original file, as an attachment.</li>
 * </ul>
 * The body is limited while it is read (20 MB for the file, one more MB for the fields): a larger one is 413. The
 * servlet reads multipart bodies itself ({@link MultipartParser}): Payara's parser serves POST only.
 */
@WebServlet(name = "documentAdminApi", urlPatterns = "/api/admin/documents/*")
public class DocumentAdminServlet extends HttpServlet {

    static final long MAX_REQUEST_BYTES = DocumentUploadParser.DEFAULT_MAX_BYTES + 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DocumentAdminServlet.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern ONE = Pattern.compile("/(" + ID.pattern() + ")");
    private static final Pattern FILE = Pattern.compile("/(" + ID.pattern() + ")/file");

    @Inject
    DocumentUploadService documents;

    @Inject
    JsonErrorWriter errors;

    @Inject
    Validator validator;

    private final Jsonb jsonb = JsonbBuilder.create();

    /** The body of the list: {@code {"documents":[…]}}. */
    public record Documents(List<ManagedDocument> documents) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        try {
            route(request, response);
        } catch (ApiException e) {
            errors.write(response, e.code(), ApiError.of(e.code(), e.getMessage(), e.details()));
        } catch (RuntimeException e) {
            unexpected(response, e);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod();
        Matcher one = ONE.matcher(path);
        Matcher file = FILE.matcher(path);
        if (path.equals("/")) {
            switch (method) {
                case "GET" -> json(response, 200, new Documents(documents.list()));
                case "POST" -> create(request, response);
                default -> methodNotAllowed(response, "GET, POST");
            }
        } else if (one.matches()) {
            String id = one.group(1);
            switch (method) {
                case "GET" -> json(response, 200, documents.find(id).orElseThrow(() -> notFound(id)));
                case "PUT" -> replace(id, request, response);
                case "DELETE" -> {
                    documents.delete(id, user(request));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                default -> methodNotAllowed(response, "GET, PUT, DELETE");
            }
        } else if (file.matches()) {
            if (method.equals("GET")) {
                download(file.group(1), response);
            } else {
                methodNotAllowed(response, "GET");
            }
        } else {
            errors.write(response, ErrorCode.NOT_FOUND);
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MultipartUpload upload = multipart(request);
        DocumentFields fields = valid(upload.applyTo(new DocumentFields()));
        UploadedFile file = upload.file().orElseThrow(() ->
                UploadRejections.invalid(UploadRejections.FILE_FIELD, Messages.get("document.error.file_missing")));
        ManagedDocument created = documents.create(file, fields, user(request));
        String collection = request.getRequestURL().toString().replaceAll("/+$", "");
        response.setHeader("Location", collection + "/" + created.id());
        json(response, 201, created);
    }

    private void replace(String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ManagedDocument current = documents.find(id).orElseThrow(() -> notFound(id));
        MultipartUpload upload = multipart(request);
        if (upload.file().isEmpty() && !upload.hasFields()) {
            throw UploadRejections.invalid(UploadRejections.FILE_FIELD, Messages.get("document.error.nothing_to_replace"));
        }
        DocumentFields fields = valid(upload.applyTo(DocumentFields.of(current)));
        json(response, 200, documents.replace(id, upload.file(), fields, user(request)));
    }

    private void download(String id, HttpServletResponse response) throws IOException {
        DocumentUploadService.Original original = documents.original(id);
        response.setStatus(200);
        response.setContentType(original.file().contentType());
        response.setContentLengthLong(Files.size(original.path()));
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment(original.downloadName(), id + "." + original.file().extension()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(original.path(), response.getOutputStream());
    }

    /** The parts of the request; a declared length over the limit is refused before anything is read. */
    private static MultipartUpload multipart(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Messages.get("document.error.multipart"));
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw MultipartUpload.tooLarge();
        }
        return MultipartUpload.read(request, MAX_REQUEST_BYTES);
    }

    private DocumentFields valid(DocumentFields fields) {
        List<ApiError.Detail> details = validator.validate(fields).stream()
                .map(v -> new ApiError.Detail(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ApiError.Detail::field))
                .toList();
        if (!details.isEmpty()) {
            throw UploadRejections.invalid(details);
        }
        return fields;
    }

    private static String user(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, Messages.get(ErrorCode.UNAUTHORIZED.messageKey()));
        }
        return request.getUserPrincipal().getName();
    }

    private void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(jsonb.toJson(body));
    }

    private void methodNotAllowed(HttpServletResponse response, String allowed) throws IOException {
        response.setHeader("Allow", allowed);
        errors.write(response, ErrorCode.METHOD_NOT_ALLOWED);
    }

    private static ApiException notFound(String id) {
        return new ApiException(ErrorCode.NOT_FOUND, Messages.format("document.error.not_found", id));
    }

    /** Logged in full under a reference; the caller gets 500, the reference, and no stack trace. */
    private void unexpected(HttpServletResponse response, RuntimeException failure) throws IOException {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        if (response.isCommitted()) {
            return;
        }
        errors.write(response, ErrorCode.INTERNAL_ERROR, ApiError.withReference(ErrorCode.INTERNAL_ERROR,
                Messages.format(ErrorCode.INTERNAL_ERROR.messageKey(), reference), reference));
    }
}
