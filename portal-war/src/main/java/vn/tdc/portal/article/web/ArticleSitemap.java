package vn.tdc.portal.article.web;

import vn.tdc.portal.platform.xml.XmlText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/** A sitemap (sitemaps.org protocol 0.9) of the portal's public pages, written with StAX. */
public final class ArticleSitemap {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** One page: its path on the portal ({@code /tin-tuc/…}) and, when known, its last change. */
    public record Entry(String path, Instant lastModified) {
    }

    private ArticleSitemap() {
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
