package vn.tdc.portal.article.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.web.PublicUrl;

import java.util.List;

/** One article ({@code /tin-tuc/{slug}}) with its metadata for search engines and link previews, and related articles. */
@Named
@RequestScoped
public class ArticlePage {

    static final int RELATED = 3;

    @Inject
    ArticleQueries queries;

    @Inject
    PortalSettings settings;

    @Inject
    PublicUrl publicUrl;

    @Inject
    FacesContext faces;

    private String slug;
    private PublishedArticle article;
    private List<PublishedArticle> related = List.of();

    /**
     * An unknown slug (or one of an article that is not published) answers 404 with the not-found notice in the page
     * itself: the page is reached through a forward ({@link ArticlePathFilter}), after which the container can no
     * longer dispatch to an error page.
     */
    public void load() {
        article = queries.bySlug(slug).orElse(null);
        if (article == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        related = queries.latest(article.categoryCode(), null, 1, RELATED + 1).items().stream()
                .filter(a -> a.id() != article.id()).limit(RELATED).toList();
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public List<PublishedArticle> getRelated() {
        return related;
    }

    /** The article's absolute address on {@code portal.public-url} (canonical link, Open Graph, JSON-LD). */
    public String getCanonicalUrl() {
        return article == null ? "" : publicUrl.of(article.url());
    }

    /** The cover's absolute address; empty without a cover. */
    public String getImageUrl() {
        return article == null ? "" : publicUrl.of(article.coverUrl());
    }

    /** The {@code NewsArticle} structured data, safe to write unescaped inside a script element. */
    public String getJsonLd() {
        return article == null ? "" : ArticleJsonLd.of(article, getCanonicalUrl(), getImageUrl(),
                settings.getWardName(), publicUrl.of("/"));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
