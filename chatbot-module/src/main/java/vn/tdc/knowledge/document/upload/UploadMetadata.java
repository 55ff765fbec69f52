package vn.tdc.knowledge.document.upload;

import static vn.tdc.knowledge.i18n.KnowledgeMessages.format;
import static vn.tdc.knowledge.i18n.KnowledgeMessages.get;

import java.text.Normalizer;
import vn.tdc.knowledge.document.domain.DocumentMetadata;

/**
 * What the editor types into the upload form next to the file.
 *
 * <p>Rules (checked on construction, failures are {@link InvalidUploadMetadataException} with a Vietnamese
 * message naming the field):
 * <ul>
 *   <li>{@code kind}, {@code issuer} and {@code title} are required; every other field may be empty;</li>
 *   <li>{@code number} is kept as printed, possibly partial ("168-KH/TU", "/KH-UBND");
 *       {@code issued} as printed, possibly partial ("tháng 4 năm 2026", "24/10/2024");</li>
 *   <li>every value is NFC-normalised and reduced to one line (line breaks and runs of spaces become one
 *       space), so a value can never spill into another field of a content file;</li>
 *   <li>{@code title} may be {@value #MAX_TITLE_LENGTH} characters long, other fields {@value #MAX_FIELD_LENGTH}.</li>
 * </ul>
 * The document id is not typed: it is the {@link DocumentSlug} of kind, number and issuer.
 */
public record UploadMetadata(
        DocumentKind kind,
        String number,
        String issuer,
        String place,
        String region,
        String issued,
        String signer,
        String signedFor,
        String title) {

    public static final int MAX_FIELD_LENGTH = 200;
    public static final int MAX_TITLE_LENGTH = 1000;

    public UploadMetadata {
        if (kind == null) {
            throw new InvalidUploadMetadataException("kind", get("upload.metadata.kind-missing"));
        }
        number = oneLine(number, "number", MAX_FIELD_LENGTH);
        issuer = oneLine(issuer, "issuer", MAX_FIELD_LENGTH);
        place = oneLine(place, "place", MAX_FIELD_LENGTH);
        region = oneLine(region, "region", MAX_FIELD_LENGTH);
        issued = oneLine(issued, "issued", MAX_FIELD_LENGTH);
        signer = oneLine(signer, "signer", MAX_FIELD_LENGTH);
        signedFor = oneLine(signedFor, "signedFor", MAX_FIELD_LENGTH);
        title = oneLine(title, "title", MAX_TITLE_LENGTH);
        if (issuer.isEmpty()) {
            throw new InvalidUploadMetadataException("issuer", get("upload.metadata.issuer-missing"));
        }
        if (title.isEmpty()) {
            throw new InvalidUploadMetadataException("title", get("upload.metadata.title-missing"));
        }
    }

    /** The id the document gets: {@code ke-hoach-168-kh-tu-tinh-uy-tien-giang}. */
    public DocumentSlug slug() {
        return DocumentSlug.of(kind.label(), number, issuer);
    }

    /** The domain metadata of the document; {@code source} records where the text came from (the file name). */
    public DocumentMetadata toDocumentMetadata(String source) {
        return new DocumentMetadata(slug().value(), kind.label(), number, issuer, place, region, issued,
                signer, signedFor, title, source == null ? "" : oneLine(source, "source", Integer.MAX_VALUE));
    }

    /** The value on one line; {@code field} names the component and, as {@code upload.metadata.field.<field>}, its label. */
    private static String oneLine(String value, String field, int maxLength) {
        if (value == null) {
            return "";
        }
        String line = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2028\\u2029]+", " ").strip();
        if (line.length() > maxLength) {
            throw new InvalidUploadMetadataException(field,
                    format("upload.metadata.too-long", get("upload.metadata.field." + field), String.valueOf(maxLength)));
        }
        return line;
    }
}
