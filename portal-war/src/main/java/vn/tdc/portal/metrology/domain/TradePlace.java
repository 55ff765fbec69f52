package vn.tdc.portal.metrology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.portal.platform.persistence.AuditedEntity;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitScope;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A place of trade of a ward where measuring instruments are used: a market, a shop, a fuel station. Its name is
 * unique in the ward, compared without diacritics or case ("Chợ Đông Cứu" and "cho dong cuu" are one place). The
 * owner (a household business) is for officers only; residents never see it.
 */
@Entity
@Table(name = "trade_place")
@AdditionalCriteria(UnitScope.CRITERION)
public class TradePlace extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 200)
    private String nameFolded;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Version
    private long version;

    protected TradePlace() {
    }

    public TradePlace(long unitId, String user, Instant now) {
        this.unitId = unitId;
        recordCreation(user, now);
    }

    /** Sets what officers say of the place; blank texts are kept empty, an unknown point as none. */
    public void describe(PlaceKind newKind, String newName, String newAddress, String newOwner, BigDecimal lat,
                         BigDecimal lon, String user, Instant now) {
        this.kind = newKind.code();
        this.name = newName.strip();
        this.nameFolded = foldedName(newName);
        this.address = newAddress == null ? "" : newAddress.strip();
        this.ownerName = newOwner == null || newOwner.isBlank() ? null : newOwner.strip();
        this.latitude = lat;
        this.longitude = lon;
        recordChange(user, now);
    }

    /** The form of a place's name that decides whether two names are the same place. */
    public static String foldedName(String name) {
        return VietnameseFolding.fold(name.strip()).replaceAll("\\s+", " ");
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public PlaceKind kind() {
        return PlaceKind.ofCode(kind).orElse(PlaceKind.OTHER);
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String ownerName() {
        return ownerName;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public long version() {
        return version;
    }
}
