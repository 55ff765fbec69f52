package vn.tdc.portal.search.domain;

import java.util.Optional;

/** What a row of {@code search_change} is about; the code is stored and read by every node. */
public enum SearchChangeKind {
    /** An article; the entity id is its number. */
    ARTICLE("article"),
    /** An uploaded document; the entity id is the document's id. */
    DOCUMENT("document");

    private final String code;

    SearchChangeKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Empty for a code this version does not know (a newer node may write new kinds). */
    public static Optional<SearchChangeKind> fromCode(String code) {
        for (SearchChangeKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
