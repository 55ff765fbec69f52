package vn.tdc.portal.article.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An article as its editors see it: the content, the workflow state and who did what, what they may do next,
 * and its revisions (newest first).
 */
public record EditorArticleView(long id, String slug, boolean slugFrozen, String title, String summary,
                                String bodyHtml, String categoryCode, String categoryName, List<String> tags,
                                String author, boolean featured, String coverUrl, String coverAlt, String statusCode,
                                Instant scheduledAt, Instant publishedAt, String submittedBy, String publishedBy,
                                String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version,
                                List<RevisionSummary> revisions) implements Serializable {

    /** One saved revision. */
    public record RevisionSummary(int number, String savedBy, Instant savedAt, String status, String note,
                                  String title) implements Serializable {
    }
}
