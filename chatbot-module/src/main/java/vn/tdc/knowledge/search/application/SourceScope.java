package vn.tdc.knowledge.search.application;

import java.util.List;

/**
 * Which sources a search may return, by administrative unit: every source ({@link #ALL}), or only those of some units
 * (a ward, a province) and/or the national ones. The assistant uses it to answer from the nearest tier first.
 *
 * @param all      no restriction (the other components are ignored)
 * @param units    unit slugs whose sources are searched ("xa-dong-cuu")
 * @param national whether national sources (no unit) are searched too
 */
public record SourceScope(boolean all, List<String> units, boolean national) {

    public static final SourceScope ALL = new SourceScope(true, List.of(), false);
    public static final SourceScope NATIONAL = new SourceScope(false, List.of(), true);

    public SourceScope {
        units = List.copyOf(units);
    }

    /** The sources of these units only. */
    public static SourceScope units(List<String> slugs) {
        return new SourceScope(false, slugs, false);
    }
}
