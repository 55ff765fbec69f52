package vn.tdc.portal.article.web;

import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.xml.XmlText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sitemap (sitemaps.org protocol 0.9) of the portal's public pages, and a sitemap index naming sitemaps, written with
 * StAX. A file holds at most {@link #MAX_URLS} addresses; {@link #ofWard} keeps a ward's within it.
 */
public final class ArticleSitemap {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** One page: its path on the portal ({@code /tin-tuc/…}) and, when known, its last change. */
    public record Entry(String path, Instant lastModified) {
    }

    /** The most addresses one sitemap (or index) may hold by the protocol. */
    public static final int MAX_URLS = 50_000;
    /** The pages every ward has, after its home ({@code /xa-dong-cuu}); the tracking page is left out (robots.txt). */
    static final List<String> WARD_PAGES = List.of("/tin-tuc", "/van-ban", "/phan-anh", "/hoi-dap", "/thong-ke");
    /** The platform's own sitemap: its home {@code /}, the one page of no ward. */
    static final String PLATFORM = "/sitemap-nen-tang.xml";

    private ArticleSitemap() {
    }

    /**
     * A ward's sitemap: its home ({@code /xa-dong-cuu}) and pages, every article its news shows (its own, its
     * province's, the platform's: {@code articles}) under the ward, with its last change, and the documents listed
     * under it ({@code documentIds}); cut at {@link #MAX_URLS}, newest articles first as given.
     */
    static List<Entry> ofWard(String wardSlug, List<PublishedArticle> articles, List<String> documentIds) {
        String home = "/" + wardSlug;
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(home, null));
        WARD_PAGES.forEach(page -> entries.add(new Entry(home + page, null)));
        documentIds.forEach(id -> entries.add(new Entry(home + "/van-ban/" + id, null)));
        articles.forEach(article -> entries.add(new Entry(home + article.url(), article.updatedAt())));
        return entries.size() <= MAX_URLS ? entries : List.copyOf(entries.subList(0, MAX_URLS));
    }

    /** The sitemaps the index names: the platform's, then one per ward ({@code /xa-dong-cuu/sitemap.xml}). */
    static List<String> index(List<String> wardSlugs) {
        List<String> sitemaps = new ArrayList<>();
        sitemaps.add(PLATFORM);
        wardSlugs.forEach(slug -> sitemaps.add("/" + slug + "/sitemap.xml"));
        return sitemaps.size() <= MAX_URLS ? sitemaps : List.copyOf(sitemaps.subList(0, MAX_URLS));
    }

    /** Writes a sitemap index of the given sitemaps ({@code /xa-dong-cuu/sitemap.xml}) in UTF-8. */
    public static void writeIndex(OutputStream out, String base, List<String> sitemapPaths) throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(SITEMAP);
        for (String path : sitemapPaths) {
            xml.writeStartElement("sitemap");
            xml.writeStartElement("loc");
            xml.writeCharacters(XmlText.clean(base + path));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** Writes the sitemap in UTF-8; {@code base} is the portal's public address without a trailing slash. */
    public static void write(OutputStream out, String base, List<Entry> entries) throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        for (Entry entry : entries) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(XmlText.clean(base + entry.path()));
            xml.writeEndElement();
            if (entry.lastModified() != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(ArticleFormat.rfc3339(entry.lastModified()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
