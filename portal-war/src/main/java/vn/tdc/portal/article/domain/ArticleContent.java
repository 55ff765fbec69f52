package vn.tdc.portal.article.domain;

import vn.tdc.portal.media.domain.ImageFormat;

import java.util.List;

/**
 * What an editor writes: everything that is saved as a revision. {@code bodyHtml} must already have passed the
 * allow-list sanitizer; {@code coverSha256}/{@code coverFormat} name a cleaned image in the image store (or are
 * null without a cover).
 */
public record ArticleContent(String title, String summary, String bodyHtml, String categoryCode, List<String> tags,
                             String author, boolean featured, String coverSha256, ImageFormat coverFormat,
                             String coverAlt) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        coverAlt = coverAlt == null ? "" : coverAlt;
    }

    public String tagsText() {
        return String.join(", ", tags);
    }

    public static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .toList();
    }
}
