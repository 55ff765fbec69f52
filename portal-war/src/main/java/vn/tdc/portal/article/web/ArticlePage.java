package vn.tdc.portal.article.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.web.PublicUrl;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.List;
import java.util.Optional;

/** One article ({@code /tin-tuc/{slug}}) with its metadata for search engines and link previews, and related articles. */
@Named
@RequestScoped
public class ArticlePage {

    static final int RELATED = 3;

    @Inject
    ArticleQueries queries;

    @Inject
    PublicUrl publicUrl;

    @Inject
    FacesContext faces;

    @Inject
    CurrentWard currentWard;

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
        List<Long> units = currentWard.getChainIds();
        Optional<Long> unit = queries.unitOfPublished(slug);
        if (currentWard.isInWard() && unit.isPresent() && !units.contains(unit.get())) {
            sendToOwnWard(unit.get());
            return;
        }
        related = queries.latest(article.categoryCode(), null, 1, RELATED + 1, units).items().stream()
                .filter(a -> a.id() != article.id()).limit(RELATED).toList();
    }

    /**
     * An article of another ward (or of another province) read under this ward's address: sent for good to the same
     * article under the ward it belongs to (a province's article: its province's first ward), or 404 when that unit
     * has no ward.
     */
    private void sendToOwnWard(long unitId) {
        Optional<String> ward = currentWard.wardShowing(unitId);
        article = null;
        if (ward.isEmpty()) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        faces.getExternalContext().setResponseStatus(301);
        faces.getExternalContext().setResponseHeader("Location",
                faces.getExternalContext().getRequestContextPath() + "/" + ward.get() + PublishedArticle.PATH + slug);
        faces.responseComplete();
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public List<PublishedArticle> getRelated() {
        return related;
    }

    /** The article's absolute address in its ward on {@code portal.public-url} (canonical link, Open Graph, JSON-LD). */
    public String getCanonicalUrl() {
        return article == null ? "" : publicUrl.of("/" + currentWard.getWard().slug() + article.url());
    }

    /** The cover's absolute address; empty without a cover. */
    public String getImageUrl() {
        return article == null ? "" : publicUrl.of(article.coverUrl());
    }

    /** The {@code NewsArticle} structured data, safe to write unescaped inside a script element. */
    public String getJsonLd() {
        return article == null ? "" : ArticleJsonLd.of(article, getCanonicalUrl(), getImageUrl(),
                currentWard.getWard().title(), publicUrl.of("/"));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
