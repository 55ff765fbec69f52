package vn.tdc.portal.document.api;

import vn.tdc.portal.platform.web.MultipartParser;
import jakarta.servlet.http.HttpServletRequest;
import vn.tdc.portal.document.application.DocumentFields;
import vn.tdc.portal.document.application.UploadRejections;
import vn.tdc.knowledge.document.upload.DocumentUploadParser;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The parts of a {@code multipart/form-data} upload: text fields (UTF-8) and at most one file, in the field
 * {@value UploadRejections#FILE_FIELD}. A file part with no name and no bytes is what a browser sends when no file was
 * chosen, and counts as no file. A field sent twice keeps its first value.
 */
final class MultipartUpload {

    /** The metadata fields, named as in {@link DocumentFields}; {@code kind} is a label or a code. */
    private static final Map<String, BiConsumer<DocumentFields, String>> SETTERS = Map.of(
            "kind", DocumentFields::setKind,
            "number", DocumentFields::setNumber,
            "issuer", DocumentFields::setIssuer,
            "place", DocumentFields::setPlace,
            "region", DocumentFields::setRegion,
            "issued", DocumentFields::setIssued,
            "signer", DocumentFields::setSigner,
            "signedFor", DocumentFields::setSignedFor,
            "title", DocumentFields::setTitle);

    private final Map<String, String> fields;
    private final UploadedFile file;

    private MultipartUpload(Map<String, String> fields, UploadedFile file) {
        this.fields = fields;
        this.file = file;
    }

    /**
     * Reads the body (at most {@code maxBytes}).
     *
     * @throws ApiException 400 for a body that is not multipart/form-data as declared, 413 past the limit
     */
    static MultipartUpload read(HttpServletRequest request, long maxBytes) throws IOException {
        List<MultipartParser.Part> parts;
        try {
            parts = MultipartParser.parse(request.getInputStream(), request.getContentType(),
                    request.getContentLengthLong(), maxBytes);
        } catch (MultipartParser.MalformedException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, Messages.get("document.error.multipart"));
        } catch (MultipartParser.TooLargeException e) {
            throw tooLarge();
        }
        Map<String, String> fields = new HashMap<>();
        UploadedFile file = null;
        for (MultipartParser.Part part : parts) {
            if (part.fileName() == null) {
                fields.putIfAbsent(part.name(), new String(part.content(), StandardCharsets.UTF_8));
                continue;
            }
            if (part.fileName().isEmpty() && part.content().length == 0) {
                continue;
            }
            if (!UploadRejections.FILE_FIELD.equals(part.name()) || file != null) {
                throw UploadRejections.invalid(part.name(), Messages.get("document.error.one_file"));
            }
            file = new UploadedFile(part.content(), part.fileName(), part.contentType());
        }
        return new MultipartUpload(fields, file);
    }

    /** 413 with the file limit in the message. */
    static ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                Messages.format("document.error.file_too_large", DocumentUploadParser.DEFAULT_MAX_BYTES / (1024 * 1024)));
    }

    Optional<UploadedFile> file() {
        return Optional.ofNullable(file);
    }

    /** Whether at least one metadata field was sent. */
    boolean hasFields() {
        return fields.keySet().stream().anyMatch(SETTERS::containsKey);
    }

    /** Sets the metadata fields that were sent, leaving the others as they are; other field names are ignored. */
    DocumentFields applyTo(DocumentFields target) {
        SETTERS.forEach((name, setter) -> {
            if (fields.containsKey(name)) {
                setter.accept(target, fields.get(name));
            }
        });
        return target;
    }
}
