package vn.tdc.portal.article.application;

import java.util.List;

/**
 * What an editor sends when saving an article. {@code slug} may be blank (derived from the title) and is ignored
 * once the article has been published; {@code bodyHtml} is sanitized before it is stored. The cover is set apart
 * ({@link ArticleEditorService#setCover}).
 */
public record ArticleForm(String title, String summary, String bodyHtml, String categoryCode, List<String> tags,
                          String author, boolean featured, String slug, String coverAlt) {

    public ArticleForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
