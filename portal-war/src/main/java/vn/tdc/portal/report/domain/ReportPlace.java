package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where it happened: the market, stall or shop (required — without it nobody can inspect), an optional address and
 * an optional map point (both coordinates or none). A value: equal when all four parts are.
 */
@Embeddable
public class ReportPlace {

    @Column(name = "place_name", nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    protected ReportPlace() {
    }

    public ReportPlace(String name, String address, BigDecimal latitude, BigDecimal longitude) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place name required");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("both coordinates or none");
        }
        this.name = name;
        this.address = address == null ? "" : address;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public boolean hasPoint() {
        return latitude != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportPlace place && name.equals(place.name) && address.equals(place.address)
                && Objects.equals(latitude, place.latitude) && Objects.equals(longitude, place.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, latitude, longitude);
    }

    @Override
    public String toString() {
        return "ReportPlace[name=" + name + ", address=" + address + ", latitude=" + latitude + ", longitude="
                + longitude + "]";
    }
}
