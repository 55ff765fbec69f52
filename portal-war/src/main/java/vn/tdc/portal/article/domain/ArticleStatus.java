package vn.tdc.portal.article.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where an article stands: only {@link #PUBLISHED} articles are public, listed, in feeds and searchable. */
public enum ArticleStatus {
    DRAFT("draft"),
    REVIEW("review"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String code;

    ArticleStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ArticleStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
