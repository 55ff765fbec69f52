package vn.tdc.portal.article.application;

import java.io.Serializable;
import java.time.Instant;

/** One line of the editors' article list. */
public record EditorArticleRow(long id, String slug, String title, String categoryName, String statusCode,
                               Instant scheduledAt, Instant publishedAt, String updatedBy, Instant updatedAt,
                               int revisionCount) implements Serializable {
}
