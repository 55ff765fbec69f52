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

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /sitemap.xml}: the home page, the news list and every published article (with its last change), the
 * library and every document, and the public report, assistant and statistics pages. The tracking page is left
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ArticleSitemap.Entry> entries = new ArrayList<>();
        entries.add(new ArticleSitemap.Entry("/", null));
        entries.add(new ArticleSitemap.Entry("/tin-tuc", null));
        articles.allPublished().forEach(a -> entries.add(new ArticleSitemap.Entry(a.url(), a.updatedAt())));
        entries.add(new ArticleSitemap.Entry("/van-ban", null));
        documents.list(DocumentFilter.NONE).forEach(d -> entries.add(new ArticleSitemap.Entry("/van-ban/" + d.id(), null)));
        entries.add(new ArticleSitemap.Entry("/phan-anh", null));
        entries.add(new ArticleSitemap.Entry("/hoi-dap", null));
        entries.add(new ArticleSitemap.Entry("/thong-ke", null));
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
}
