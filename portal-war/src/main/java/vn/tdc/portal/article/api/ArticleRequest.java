package vn.tdc.portal.article.api;

import vn.tdc.portal.article.application.ArticleForm;

import java.util.List;

/** Body of {@code POST /api/admin/articles} and {@code PUT /api/admin/articles/{id}}. */
public class ArticleRequest {

    public String title;
    public String summary;
    /** HTML; sanitized before it is stored, refused when it holds script, frames or event handlers. */
    public String bodyHtml;
    public String categoryCode;
    public List<String> tags;
    public String author;
    public boolean featured;
    /** Optional; derived from the title when blank; frozen once published. */
    public String slug;
    public String coverAlt;
    /** Optional on PUT: the version read, to refuse overwriting a colleague's later save (409). */
    public Long version;

    ArticleForm toForm() {
        return new ArticleForm(title, summary, bodyHtml, categoryCode, tags, author, featured, slug, coverAlt);
    }
}
