package vn.tdc.portal.unit.application;

import vn.tdc.portal.unit.domain.UnitKey;

import vn.tdc.portal.unit.domain.UnitLevel;

import java.io.Serializable;

/**
 * What the pages and the API show of a unit. {@code provinceName} is the province's name for a ward, empty otherwise;
 * the centre point is {@code null} when unknown.
 */
public record UnitView(long id, String code, String slug, String name, UnitLevel level, String kind, Long parentId,
                       String path, String address, String hotline, String email, String workingHours,
                       Double latitude, Double longitude, Double radiusKm, String provinceName, boolean active) implements Serializable {

    /** The unit as owned rows record it. */
    public UnitKey key() {
        return new UnitKey(id, path);
    }

    public boolean isWard() {
        return level == UnitLevel.XA;
    }

    public boolean isProvince() {
        return level == UnitLevel.TINH;
    }

    /** The name as a heading: "Xã Đông Cứu". */
    public String title() {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "xã Đông Cứu, tỉnh Bắc Ninh", or the name alone for a province. */
    public String fullName() {
        return provinceName.isEmpty() ? name : name + ", " + provinceName;
    }
}
