package vn.tdc.portal.search.domain;

/**
 * One row of the change log: entity {@code entityId} of {@code kind} changed in what the public may search. {@code kind}
 * is the stored code, which a node of an older version may not know ({@link SearchChangeKind#fromCode}).
 */
public record SearchChange(long id, String kind, String entityId, String action) {
}
