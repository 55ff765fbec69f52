package vn.tdc.portal.article.application;

import java.util.List;

/**
 * What an editor sends when saving an article; its plain-text fields are checked with Bean Validation
 * ({@link PlainText}), the body and the references by {@link ArticleEditorService}. {@code slug} may be blank
 * (derived from the title) and is ignored once the article has been published; {@code bodyHtml} is sanitized
 * before it is stored. The cover is set apart ({@link ArticleEditorService#setCover}).
 */
public record ArticleForm(@PlainText(max = 300, required = true) String title,
                          @PlainText(max = 1000, required = true) String summary,
                          String bodyHtml,
                          String categoryCode,
                          @PlainText(max = 40) List<String> tags,
                          @PlainText(max = 200, required = true) String author,
                          boolean featured,
                          String slug,
                          @PlainText(max = 300) String coverAlt) {

    public ArticleForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
