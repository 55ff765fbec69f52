package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.document.application.DocumentSummary;
import vn.tdc.portal.platform.web.PublicUrl;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.web.CurrentWard;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The sitemaps. {@code /sitemap.xml} is a sitemap index: the platform's sitemap ({@code /sitemap-nen-tang.xml}, its
 * home {@code /}) and one per active ward ({@code /xa-dong-cuu/sitemap.xml}, forwarded here by {@code WardPathFilter}
 * with the ward as the request's). A ward's lists its home, news list, library, report, assistant and statistics
 * pages, every published article its news shows (its own, its province's, the platform's, each under the ward, with
 * its last change) and the documents of the ward (a province's under its first ward, the others' under the default
 * ward): one flat list would hold every platform article once per ward, far past the protocol's 50 000 addresses for
 * 500 wards. The tracking page is left out: robots.txt keeps crawlers away from it, and a sitemap must not list what
 * robots.txt disallows.
 */
@WebServlet(name = "sitemap", urlPatterns = {"/sitemap.xml", ArticleSitemap.PLATFORM})
public class SitemapServlet extends HttpServlet {

    @Inject
    ArticleQueries articles;

    @Inject
    DocumentCatalog documents;

    @Inject
    PublicUrl publicUrl;

    @Inject
    UnitDirectory units;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UnitView> ward = CurrentWard.wardOf(request);
        ByteArrayOutputStream sitemap = new ByteArrayOutputStream(8 * 1024);
        try {
            if (ward.isPresent()) {
                ArticleSitemap.write(sitemap, publicUrl.base(), wardEntries(ward.get()));
            } else if (ArticleSitemap.PLATFORM.equals(request.getServletPath())) {
                ArticleSitemap.write(sitemap, publicUrl.base(), List.of(new ArticleSitemap.Entry("/", null)));
            } else {
                ArticleSitemap.writeIndex(sitemap, publicUrl.base(),
                        ArticleSitemap.index(units.wards().stream().map(UnitView::slug).toList()));
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sitemap", e);
        }
        response.setContentType("application/xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(sitemap.size());
        sitemap.writeTo(response.getOutputStream());
    }

    private List<ArticleSitemap.Entry> wardEntries(UnitView ward) {
        List<String> documentIds = documents.list(DocumentFilter.NONE).stream()
                .filter(document -> wardOf(document).equals(ward.slug())).map(DocumentSummary::id).toList();
        List<Long> chain = units.chainOf(ward).stream().map(UnitView::id).toList();
        int room = Math.max(0, ArticleSitemap.MAX_URLS - 1 - ArticleSitemap.WARD_PAGES.size() - documentIds.size());
        List<PublishedArticle> shown = room == 0 ? List.of() : articles.allPublished(chain, room);
        return ArticleSitemap.ofWard(ward.slug(), shown, documentIds);
    }

    /** The slug of the ward a document is listed under: its unit's ward, a province's first ward, else the default. */
    private String wardOf(DocumentSummary document) {
        return Optional.ofNullable(document.unit()).filter(unit -> !unit.isBlank()).flatMap(units::bySlug)
                .flatMap(unit -> units.wardShowing(unit.id())).orElseGet(units::defaultWard).slug();
    }
}
