package vn.tdc.portal.unit.application;

/**
 * A ward was added (by hand or by an import), fired inside the transaction that adds it so that what belongs to a
 * ward (its department list) is given in the same transaction.
 */
public record WardAdded(long unitId) {
}
