package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.platform.web.PublicUrl;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /sitemap.xml}: the platform's home; for every ward its home, news list, library, report, assistant and
 * statistics pages ({@code /xa-dong-cuu/…}); every published article (with its last change) under the ward it
 * belongs to (the root's under the default ward) and every document under the default ward. The tracking page is left
 * out: robots.txt keeps crawlers away from it, and a sitemap must not list what robots.txt disallows.
 */
@WebServlet(name = "sitemap", urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    @Inject
    ArticleQueries articles;

    @Inject
    DocumentCatalog documents;

    @Inject
    PublicUrl publicUrl;

    /** The pages every ward has, after its home ({@code /xa-dong-cuu}); the tracking page is left out. */
    static final List<String> WARD_PAGES = List.of("/tin-tuc", "/van-ban", "/phan-anh", "/hoi-dap", "/thong-ke");

    @Inject
    UnitDirectory units;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ArticleSitemap.Entry> entries = new ArrayList<>();
        entries.add(new ArticleSitemap.Entry("/", null));
        for (UnitView ward : units.wards()) {
            String base = "/" + ward.slug();
            entries.add(new ArticleSitemap.Entry(base, null));
            for (String page : WARD_PAGES) {
                entries.add(new ArticleSitemap.Entry(base + page, null));
            }
        }
        String defaultWard = "/" + units.defaultWard().slug();
        articles.allPublished().forEach(a -> entries.add(new ArticleSitemap.Entry(
                wardOf(a.slug()).orElse(defaultWard) + a.url(), a.updatedAt())));
        documents.list(DocumentFilter.NONE).forEach(d ->
                entries.add(new ArticleSitemap.Entry(defaultWard + "/van-ban/" + d.id(), null)));
        ByteArrayOutputStream sitemap = new ByteArrayOutputStream(8 * 1024);
        try {
            ArticleSitemap.write(sitemap, publicUrl.base(), entries);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sitemap", e);
        }
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(sitemap.size());
        sitemap.writeTo(response.getOutputStream());
    }

    /** {@code /xa-dong-cuu}: the ward whose pages show an article (its own; a province's first ward); empty for the root's. */
    private Optional<String> wardOf(String slug) {
        return articles.unitOfPublished(slug).flatMap(units::byId)
                .flatMap(unit -> unit.isWard() ? Optional.of(unit)
                        : unit.isProvince() ? units.wardsOf(unit).stream().findFirst() : Optional.empty())
                .map(ward -> "/" + ward.slug());
    }
}
