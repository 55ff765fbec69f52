package vn.tdc.portal.metrology.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A measuring instrument as an officer describes it (body of {@code POST /api/officer/metrology/instruments} and
 * {@code PUT}, one imported row, the register page's form). {@code verifiedOn} is the last verification (kiểm định);
 * none means not verified yet. Capacity and opening hours matter only for a reference scale.
 */
public class InstrumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long placeId;

    @NotBlank
    @Size(max = 40)
    private String typeCode;

    @Size(max = 40)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String stall;

    @Size(max = 200)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String ownerName;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String serialNo;

    @Size(max = 120)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String brand;

    @PastOrPresent(message = "{metrology.verifiedOn.future}")
    private LocalDate verifiedOn;

    @Size(max = 80)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String certificateNo;

    private boolean verificationPassed = true;

    private boolean suspended;

    private boolean referenceScale;

    @Size(max = 60)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String capacity;

    @Size(max = 200)
    @Pattern(regexp = PlaceForm.TEXT, message = "{metrology.text.pattern}")
    private String openingHours;

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getStall() {
        return stall;
    }

    public void setStall(String stall) {
        this.stall = stall;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public void setSerialNo(String serialNo) {
        this.serialNo = serialNo;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public boolean isVerificationPassed() {
        return verificationPassed;
    }

    public void setVerificationPassed(boolean verificationPassed) {
        this.verificationPassed = verificationPassed;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    public boolean isReferenceScale() {
        return referenceScale;
    }

    public void setReferenceScale(boolean referenceScale) {
        this.referenceScale = referenceScale;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }
}
