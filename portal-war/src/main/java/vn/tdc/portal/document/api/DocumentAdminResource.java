package vn.tdc.portal.document.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import vn.tdc.knowledge.document.upload.DocumentUploadParser;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.document.application.DocumentFields;
import vn.tdc.portal.document.application.DocumentUploadService;
import vn.tdc.portal.document.application.ManagedDocument;
import vn.tdc.portal.document.application.UploadRejections;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.api.FormParts;
import vn.tdc.portal.platform.api.MultipartUpload;
import vn.tdc.portal.platform.api.RequestValidator;
import vn.tdc.portal.platform.web.Messages;

import java.util.List;

/**
 * The document upload API for programs (EDITOR, ADMIN by {@code web.xml}; HTTP Basic or a session). Uploads are
 * {@code multipart/form-data} read by Jakarta REST as {@code EntityPart}s, also for PUT: the file in the field
 * {@value UploadRejections#FILE_FIELD}, the fields of {@link DocumentFields} beside it. The body is limited while it
 * is read (20 MB for the file, one more MB for the fields, {@link MultipartUpload}): a larger one is 413 with the
 * file limit in the message; any other type of body is 415. Every answer is JSON in the portal's error model.
 * Described in {@code META-INF/openapi.yaml} (the form's fields), not by annotations: the scan leaves it out.
 */
@Path("/admin/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentAdminResource {

    static final long FIELD_BYTES = 1024 * 1024;
    private static final String ID = "{id: [a-z0-9][a-z0-9-]{0,99}}";

    @Inject
    DocumentUploadService documents;

    @Inject
    RequestValidator validator;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** The body of the list: {@code {"documents":[…]}}. */
    public record Documents(List<ManagedDocument> documents) {
    }

    @GET
    public Documents list() {
        return new Documents(documents.list());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MultipartUpload(fileBytes = DocumentUploadParser.DEFAULT_MAX_BYTES, fieldBytes = FIELD_BYTES,
            tooLarge = "document.error.file_too_large", malformed = "document.error.multipart")
    public Response create(List<EntityPart> parts) {
        DocumentUploadForm upload = DocumentUploadForm.of(FormParts.read(parts));
        DocumentFields fields = valid(upload.applyTo(new DocumentFields()));
        UploadedFile file = upload.file().orElseThrow(() ->
                UploadRejections.invalid(UploadRejections.FILE_FIELD, Messages.get("document.error.file_missing")));
        ManagedDocument created = documents.create(file, fields, user());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path(ID)
    public ManagedDocument find(@PathParam("id") String id) {
        return documents.find(id).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MultipartUpload(fileBytes = DocumentUploadParser.DEFAULT_MAX_BYTES, fieldBytes = FIELD_BYTES,
            tooLarge = "document.error.file_too_large", malformed = "document.error.multipart")
    public ManagedDocument replace(@PathParam("id") String id, List<EntityPart> parts) {
        ManagedDocument current = documents.find(id).orElseThrow(() -> notFound(id));
        DocumentUploadForm upload = DocumentUploadForm.of(FormParts.read(parts));
        if (upload.file().isEmpty() && !upload.hasFields()) {
            throw UploadRejections.invalid(UploadRejections.FILE_FIELD, Messages.get("document.error.nothing_to_replace"));
        }
        DocumentFields fields = valid(upload.applyTo(DocumentFields.of(current)));
        return documents.replace(id, upload.file(), fields, user());
    }

    /** Any body but {@code multipart/form-data}, to POST or PUT: 415 saying what to send. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response createFromOtherType() {
        throw notMultipart();
    }

    @PUT
    @Path(ID)
    @Consumes(MediaType.WILDCARD)
    public Response replaceFromOtherType() {
        throw notMultipart();
    }

    @DELETE
    @Path(ID)
    public Response delete(@PathParam("id") String id) {
        documents.delete(id, user());
        return Response.noContent().build();
    }

    @GET
    @Path(ID + "/file")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        DocumentUploadService.Original original = documents.original(id);
        return Response.ok(original.path().toFile(), original.file().contentType())
                .header("Content-Disposition",
                        ContentDisposition.attachment(original.downloadName(), id + "." + original.file().extension()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private DocumentFields valid(DocumentFields fields) {
        return validator.valid(fields);
    }

    private String user() {
        if (security.getUserPrincipal() == null) {
            throw ProblemException.of(ProblemKind.UNAUTHORIZED, "api.error.unauthorized");
        }
        return security.getUserPrincipal().getName();
    }

    private static ProblemException notMultipart() {
        return ProblemException.of(ProblemKind.UNSUPPORTED, "document.error.multipart");
    }

    private static ProblemException notFound(String id) {
        return ProblemException.of(ProblemKind.NOT_FOUND, "document.error.not_found", id);
    }
}
