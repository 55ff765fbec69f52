package vn.tdc.portal.document.api;

import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.document.application.DocumentFields;
import vn.tdc.portal.document.application.UploadRejections;
import vn.tdc.portal.platform.api.FormParts;
import vn.tdc.portal.platform.web.Messages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * An upload's form: the metadata fields (UTF-8) and at most one file, in the field {@value UploadRejections#FILE_FIELD}.
 * A field sent twice keeps its first value; other field names are ignored.
 */
final class DocumentUploadForm {

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

    private DocumentUploadForm(Map<String, String> fields, UploadedFile file) {
        this.fields = fields;
        this.file = file;
    }

    /** @throws vn.tdc.portal.platform.api.ProblemException 400 naming the part when a second file or a file elsewhere is sent */
    static DocumentUploadForm of(FormParts parts) {
        Map<String, String> fields = new HashMap<>();
        UploadedFile file = null;
        for (FormParts.Part part : parts.all()) {
            if (!part.isFile()) {
                fields.putIfAbsent(part.name(), part.text());
                continue;
            }
            if (!UploadRejections.FILE_FIELD.equals(part.name()) || file != null) {
                throw UploadRejections.invalid(part.name(), Messages.get("document.error.one_file"));
            }
            file = new UploadedFile(part.content(), part.fileName(), part.contentType());
        }
        return new DocumentUploadForm(fields, file);
    }

    Optional<UploadedFile> file() {
        return Optional.ofNullable(file);
    }

    /** Whether at least one metadata field was sent. */
    boolean hasFields() {
        return fields.keySet().stream().anyMatch(SETTERS::containsKey);
    }

    /** Sets the metadata fields that were sent, leaving the others as they are. */
    DocumentFields applyTo(DocumentFields target) {
        SETTERS.forEach((name, setter) -> {
            if (fields.containsKey(name)) {
                setter.accept(target, fields.get(name));
            }
        });
        return target;
    }
}
