package vn.tdc.knowledge.search.domain;

import java.util.Locale;

/**
 * What an indexed passage comes from: a legal document, or a published news article (with a URL). Both share
 * the same index, search and answering code.
 */
public enum SourceType {
    DOCUMENT("document"),
    ARTICLE("article");

    private final String code;

    SourceType(String code) {
        this.code = code;
    }

    /** The value stored in the index and returned to clients ("document", "article"). */
    public String code() {
        return code;
    }

    public static SourceType fromCode(String code) {
        for (SourceType t : values()) {
            if (t.code.equals(code.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown source type: " + code);
    }
}
