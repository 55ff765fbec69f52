package vn.tdc.portal.platform.cluster;

/**
 * The caches every node keeps for itself in front of the database, and that a change made on one node must empty on
 * all of them (see {@link CacheInvalidations}).
 */
public enum SharedCache {
    ARTICLE_PAGES,
    PUBLIC_FIGURES,
    UNITS,
    WARD_DEPARTMENTS,
    CALLER_SCOPES,
    REPORT_CATALOG
}
