package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSitemapTest {

    @Test
    void should_list_absolute_addresses_with_the_last_change_when_known() throws Exception {
        // given
        List<ArticleSitemap.Entry> entries = List.of(new ArticleSitemap.Entry("/", null),
                new ArticleSitemap.Entry("/tin-tuc/can-doi-chung", Instant.parse("2026-10-15T03:30:00.999Z")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        ArticleSitemap.write(out, "https://tdc.example.vn", entries);

        // then
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ArticleSitemap.SITEMAP);
        NodeList urls = xml.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "url");
        assertThat(urls.getLength()).isEqualTo(2);
        Element home = (Element) urls.item(0);
        assertThat(home.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "loc").item(0).getTextContent())
                .isEqualTo("https://tdc.example.vn/");
        assertThat(home.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "lastmod").getLength()).isZero();
        Element article = (Element) urls.item(1);
        assertThat(article.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "loc").item(0).getTextContent())
                .isEqualTo("https://tdc.example.vn/tin-tuc/can-doi-chung");
        assertThat(article.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "lastmod").item(0).getTextContent())
                .isEqualTo("2026-10-15T03:30:00Z");
    }
}
