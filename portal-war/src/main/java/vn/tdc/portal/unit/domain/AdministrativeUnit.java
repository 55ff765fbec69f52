package vn.tdc.portal.unit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * A province, ward or commune of the platform (or the platform's root). Its {@code path} is the chain of slugs from
 * the root and decides what its staff see ({@link UnitScope}); its slug is the first segment of its residents' pages
 * ({@code /xa-dong-cuu/phan-anh}) and its code is what programs call it (Open311 {@code jurisdiction_id}).
 * A unit with a centre point and a radius claims the reports whose coordinates fall within that radius.
 */
@Entity
@Table(name = "admin_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UnitLevel level;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 400)
    private String path;

    @Column(name = "name_folded", nullable = false, length = 200)
    private String nameFolded;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 20)
    private String hotline;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "working_hours", nullable = false, length = 200)
    private String workingHours;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Column(name = "radius_km")
    private BigDecimal radiusKm;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    /** A unit under {@code parent}; without a parent, the platform's root (path {@code /}). */
    public AdministrativeUnit(String code, String slug, String name, UnitLevel level, String kind,
                              AdministrativeUnit parent, String nameFolded) {
        this.code = code;
        this.slug = slug;
        this.name = name;
        this.level = level;
        this.kind = kind;
        this.parentId = parent == null ? null : parent.id();
        this.path = parent == null ? "/" : parent.path() + slug + "/";
        this.nameFolded = nameFolded;
        this.address = "";
        this.hotline = "";
        this.email = "";
        this.workingHours = "";
        this.active = true;
    }

    /** Replaces what residents see of the unit: its name and how to reach it. */
    public void describe(String name, String nameFolded, String address, String hotline, String email,
                         String workingHours) {
        this.name = name;
        this.nameFolded = nameFolded;
        this.address = address;
        this.hotline = hotline;
        this.email = email;
        this.workingHours = workingHours;
    }

    public void locate(BigDecimal latitude, BigDecimal longitude, BigDecimal radiusKm) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.radiusKm = radiusKm;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public UnitLevel level() {
        return level;
    }

    public String kind() {
        return kind;
    }

    public Long parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public String nameFolded() {
        return nameFolded;
    }

    public String address() {
        return address;
    }

    public String hotline() {
        return hotline;
    }

    public String email() {
        return email;
    }

    public String workingHours() {
        return workingHours;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public BigDecimal radiusKm() {
        return radiusKm;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
