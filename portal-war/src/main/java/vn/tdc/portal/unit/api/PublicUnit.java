package vn.tdc.portal.unit.api;

import vn.tdc.portal.unit.application.UnitView;

/** What anyone may read of a unit ({@code GET /api/units}): how to find and reach it. */
public record PublicUnit(String code, String slug, String name, String level, String kind, String parentCode,
                         String address, String hotline, String email, String workingHours, Double latitude,
                         Double longitude) {

    static PublicUnit of(UnitView unit, String parentCode) {
        return new PublicUnit(unit.code(), unit.slug(), unit.name(), unit.level().name(), unit.kind(), parentCode,
                unit.address(), unit.hotline(), unit.email(), unit.workingHours(), unit.latitude(), unit.longitude());
    }
}
