package vn.tdc.portal.unit.domain;

/**
 * A unit as an owned row records it: its id and its path. The path is fixed once the unit exists (code, slug and
 * parent never change), so a row may keep a copy of it and be scoped by its own column ({@link UnitScope}).
 */
public record UnitKey(long id, String path) {

    public UnitKey {
        if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("Not a unit path: " + path);
        }
    }
}
