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

    @Test
    void should_list_a_wards_pages_documents_and_shown_articles_under_the_ward_but_not_its_tracking_page() {
        // when
        List<ArticleSitemap.Entry> entries = ArticleSitemap.ofWard("phuong-duc-pho",
                List.of(Articles.article(1, "can-doi-chung", "Cân đối chứng")), List.of("ke-hoach-12"));

        // then
        assertThat(entries).extracting(ArticleSitemap.Entry::path).containsExactly("/phuong-duc-pho",
                "/phuong-duc-pho/tin-tuc", "/phuong-duc-pho/van-ban", "/phuong-duc-pho/phan-anh",
                "/phuong-duc-pho/hoi-dap", "/phuong-duc-pho/thong-ke", "/phuong-duc-pho/van-ban/ke-hoach-12",
                "/phuong-duc-pho/tin-tuc/can-doi-chung");
        assertThat(entries.get(entries.size() - 1).lastModified()).isEqualTo(Articles.UPDATED);
    }

    @Test
    void should_cut_a_wards_sitemap_at_the_protocols_limit() {
        // given
        List<vn.tdc.portal.article.application.PublishedArticle> many = java.util.stream.IntStream
                .range(0, ArticleSitemap.MAX_URLS).mapToObj(i -> Articles.article(i, "bai-" + i, "Bài " + i)).toList();

        // when
        List<ArticleSitemap.Entry> entries = ArticleSitemap.ofWard("xa-dong-cuu", many, List.of());

        // then
        assertThat(entries).hasSize(ArticleSitemap.MAX_URLS);
        assertThat(entries.get(ArticleSitemap.MAX_URLS - 1).path()).isEqualTo("/xa-dong-cuu/tin-tuc/bai-49993");
    }

    @Test
    void should_index_the_platforms_sitemap_and_one_per_ward() throws Exception {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        ArticleSitemap.writeIndex(out, "https://tdc.example.vn",
                ArticleSitemap.index(List.of("xa-dong-cuu", "phuong-duc-pho")));

        // then
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ArticleSitemap.SITEMAP);
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList locs = xml.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "loc");
        List<String> sitemaps = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            sitemaps.add(locs.item(i).getTextContent());
        }
        assertThat(sitemaps).containsExactly("https://tdc.example.vn/sitemap-nen-tang.xml",
                "https://tdc.example.vn/xa-dong-cuu/sitemap.xml", "https://tdc.example.vn/phuong-duc-pho/sitemap.xml");
        assertThat(xml.getElementsByTagNameNS(ArticleSitemap.SITEMAP, "url").getLength()).isZero();
    }
}
