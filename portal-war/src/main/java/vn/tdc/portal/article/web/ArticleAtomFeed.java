package vn.tdc.portal.article.web;

import vn.tdc.portal.platform.xml.XmlText;

import vn.tdc.portal.article.application.PublishedArticle;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An Atom 1.0 feed (RFC 4287) of published articles, written with StAX so every text is escaped as XML.
 *
 * <p>Entry ids are the articles' absolute addresses: a slug never changes once published, so an id stays the same
 * for the life of the article. Relative links inside a body ({@code /van-ban}, {@code /tin-tuc/anh/…}) resolve
 * against the feed's {@code xml:base}, the portal's public address. Dates are RFC 3339 in UTC.
 */
public final class ArticleAtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * What the feed says about itself.
     *
     * @param base        the portal's public address without a trailing slash
     * @param selfPath    this feed's path, e.g. {@code /feed.xml}
     * @param htmlPath    the page listing the same articles, e.g. {@code /tin-tuc}
     * @param publisher   who publishes (the ward); the author of an entry without one
     * @param homePath    the publisher's home page, e.g. {@code /xa-dong-cuu}
     * @param newsPath    the news list whose filters name the categories and tags, e.g. {@code /xa-dong-cuu/tin-tuc}
     * @param articlePath where an entry is read, e.g. {@code /xa-dong-cuu/tin-tuc/{slug}}
     */
    public record Header(String base, String title, String subtitle, String selfPath, String htmlPath,
                         String publisher, String homePath, String newsPath,
                         Function<PublishedArticle, String> articlePath) {

        /** A feed of the portal's own addresses: the home {@code /}, the news {@code /tin-tuc}, articles at their {@code url}. */
        public Header(String base, String title, String subtitle, String selfPath, String htmlPath, String publisher) {
            this(base, title, subtitle, selfPath, htmlPath, publisher, "/", "/tin-tuc", PublishedArticle::url);
        }
    }

    private ArticleAtomFeed() {
    }

    /**
     * Writes the feed in UTF-8. The feed's {@code updated} is the latest change among the entries, {@code now} when
     * there are none.
     */
    public static void write(OutputStream out, Header header, List<PublishedArticle> articles, Instant now)
            throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        Instant updated = articles.stream().map(PublishedArticle::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "base", header.base() + "/");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "vi");
        text(xml, "id", header.base() + header.selfPath());
        text(xml, "title", header.title());
        text(xml, "subtitle", header.subtitle());
        text(xml, "updated", ArticleFormat.rfc3339(updated));
        link(xml, "self", "application/atom+xml", header.base() + header.selfPath());
        link(xml, "alternate", "text/html", header.base() + header.htmlPath());
        xml.writeStartElement("author");
        text(xml, "name", header.publisher());
        text(xml, "uri", header.base() + header.homePath());
        xml.writeEndElement();
        for (PublishedArticle article : articles) {
            entry(xml, header, article);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void entry(XMLStreamWriter xml, Header header, PublishedArticle article) throws XMLStreamException {
        String url = header.base() + header.articlePath().apply(article);
        xml.writeStartElement("entry");
        text(xml, "id", url);
        text(xml, "title", article.title());
        link(xml, "alternate", "text/html", url);
        text(xml, "published", ArticleFormat.rfc3339(article.publishedAt()));
        text(xml, "updated", ArticleFormat.rfc3339(article.updatedAt()));
        xml.writeStartElement("author");
        text(xml, "name", article.author().isBlank() ? header.publisher() : article.author());
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", XmlText.clean(article.categoryCode()));
        xml.writeAttribute("label", XmlText.clean(article.categoryName()));
        xml.writeAttribute("scheme", header.base() + header.newsPath() + "?chuyen-muc=");
        for (String tag : article.tags()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", XmlText.clean(tag));
            xml.writeAttribute("scheme", header.base() + header.newsPath() + "?the=");
        }
        text(xml, "summary", article.summary());
        if (!article.coverUrl().isEmpty()) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "enclosure");
            xml.writeAttribute("href", header.base() + article.coverUrl());
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(XmlText.clean(article.bodyHtml()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
