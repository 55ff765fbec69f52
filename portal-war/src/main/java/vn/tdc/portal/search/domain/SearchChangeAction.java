package vn.tdc.portal.search.domain;

/**
 * What a change did to the entity as its writer saw it. Kept for reading the log; a node that follows the log reads
 * the entity again and does what its state asks, whatever the action says (a later change may have undone it).
 */
public enum SearchChangeAction {
    /** Searchable after the change. */
    UPSERT("upsert"),
    /** Not searchable after the change (unpublished, archived, deleted). */
    DELETE("delete");

    private final String code;

    SearchChangeAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SearchChangeAction of(boolean searchable) {
        return searchable ? UPSERT : DELETE;
    }
}
