package vn.tdc.portal.metrology.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A place of trade as an officer describes it (body of {@code POST /api/officer/metrology/places} and {@code PUT},
 * the place columns of an imported row, the register page's form). {@code unitCode} names the ward it belongs to;
 * blank means the officer's own ward.
 */
public class PlaceForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXT = "[^<>\\p{Cntrl}]*";

    @Size(max = 40)
    private String unitCode;

    @NotBlank
    @Pattern(regexp = "cho|cua-hang|cay-xang|khac", message = "{metrology.place.kind.pattern}")
    private String kind = "cho";

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TEXT, message = "{metrology.text.pattern}")
    private String name;

    @Size(max = 300)
    @Pattern(regexp = TEXT, message = "{metrology.text.pattern}")
    private String address;

    @Size(max = 200)
    @Pattern(regexp = TEXT, message = "{metrology.text.pattern}")
    private String ownerName;

    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}
