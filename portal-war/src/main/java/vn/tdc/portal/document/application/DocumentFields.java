package vn.tdc.portal.document.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * The metadata typed next to an uploaded file, on the page or as API form fields. Checked at the edge with Bean
 * Validation; {@link DocumentUploadService} then reads it into the chatbot module's {@code UploadMetadata}, which
 * applies the same rules (and normalises every value to one NFC line).
 *
 * <p>{@code kind} is a label ("Kế hoạch", also without diacritics) or a code ("KE_HOACH"); {@code number} and
 * {@code issued} are kept as printed, possibly partial ("/KH-UBND", "tháng 4 năm 2026").
 */
public class DocumentFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{document.kind.blank}")
    @Size(max = 40, message = "{document.kind.invalid}")
    private String kind;

    @Size(max = 200, message = "{document.field.size}")
    private String number;

    @NotBlank(message = "{document.issuer.blank}")
    @Size(max = 200, message = "{document.field.size}")
    private String issuer;

    @Size(max = 200, message = "{document.field.size}")
    private String place;

    @Size(max = 200, message = "{document.field.size}")
    private String region;

    @Size(max = 200, message = "{document.field.size}")
    private String issued;

    @Size(max = 200, message = "{document.field.size}")
    private String signer;

    @Size(max = 200, message = "{document.field.size}")
    private String signedFor;

    @NotBlank(message = "{document.title.blank}")
    @Size(max = 1000, message = "{document.field.size}")
    private String title;

    /** The fields of a document already in the library, to edit them for a replacement. */
    public static DocumentFields of(ManagedDocument document) {
        DocumentFields fields = new DocumentFields();
        fields.kind = document.kindCode();
        fields.number = document.number();
        fields.issuer = document.issuer();
        fields.place = document.place();
        fields.region = document.region();
        fields.issued = document.issued();
        fields.signer = document.signer();
        fields.signedFor = document.signedFor();
        fields.title = document.title();
        return fields;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIssued() {
        return issued;
    }

    public void setIssued(String issued) {
        this.issued = issued;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getSignedFor() {
        return signedFor;
    }

    public void setSignedFor(String signedFor) {
        this.signedFor = signedFor;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
