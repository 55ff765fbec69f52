package vn.tdc.portal.unit.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit as an administrator describes it (the body of {@code POST /api/admin/units} and {@code PUT}, one row of the
 * CSV import). {@code kind} decides the level (a {@code tinh} or {@code thanh-pho} is a province, a {@code phuong},
 * {@code xa} or {@code dac-khu} a ward); {@code parentCode} is a ward's province (a province's parent is the
 * platform's root whatever is given). The slug is the first segment of the unit's pages: lower-case letters without
 * diacritics, digits and single hyphens. A mutable bean: the units page binds its inputs to one
 * ({@code #{unitAdminPage.form.name}}), the API and the CSV import fill one; the constraints hold for all three.
 */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;


    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{units.code.pattern}")
    private String code;

    @NotBlank
    @Size(min = 2, max = 80)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{units.slug.pattern}")
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{units.text.pattern}")
    private String name;

    @NotBlank
    @Pattern(regexp = "tinh|thanh-pho|phuong|xa|dac-khu", message = "{units.kind.pattern}")
    private String kind;

    @Size(max = 40)
    private String parentCode;

    @Size(max = 300)
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{units.text.pattern}")
    private String address;

    @Size(max = 20)
    @Pattern(regexp = "[0-9 +().-]*", message = "{units.hotline.pattern}")
    private String hotline;

    @Size(max = 254)
    @Email
    private String email;

    @Size(max = 200)
    @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{units.text.pattern}")
    private String workingHours;

    @DecimalMin(value = "-90", message = "{units.latitude.range}")
    @DecimalMax(value = "90", message = "{units.latitude.range}")
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{units.longitude.range}")
    @DecimalMax(value = "180", message = "{units.longitude.range}")
    private BigDecimal longitude;

    @DecimalMin(value = "0", message = "{units.radius.range}")
    @DecimalMax(value = "999", message = "{units.radius.range}")
    private BigDecimal radiusKm;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
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

    public BigDecimal getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(BigDecimal radiusKm) {
        this.radiusKm = radiusKm;
    }
}
