package vn.tdc.portal.article.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A saved revision in full, to read before restoring it. */
public record ArticleRevisionView(long articleId, int number, String title, String summary, String bodyHtml,
                                  String categoryCode, List<String> tags, String author, String coverUrl,
                                  String status, String savedBy, Instant savedAt, String note) implements Serializable {
}
