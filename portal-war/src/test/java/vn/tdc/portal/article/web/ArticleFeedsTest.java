package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitFixtures;
import vn.tdc.portal.unit.application.UnitView;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFeedsTest {

    private static final String BASE = "https://tdc.example.vn";
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final ArticleCategoryView MEASUREMENT = new ArticleCategoryView("do-luong", "Đo lường", 2);

    private final UnitDirectory units = UnitFixtures.directory();
    private final UnitView dongCuu = units.bySlug("xa-dong-cuu").orElseThrow();

    private static Element write(ArticleAtomFeed.Header header, List<PublishedArticle> articles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleAtomFeed.write(out, header, articles, NOW);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ArticleAtomFeed.ATOM, name).item(0).getTextContent();
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ArticleAtomFeed.ATOM, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<String> links(Element parent) {
        List<String> links = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element link && link.getLocalName().equals("link")) {
                links.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
            }
        }
        return links;
    }

    @Test
    void should_title_a_wards_feed_with_the_ward_and_link_everything_under_it() throws Exception {
        // when
        Element feed = write(ArticleFeeds.ofWard(BASE, dongCuu, null),
                List.of(Articles.article(1, "can-doi-chung", "Cân đối chứng")));

        // then
        assertThat(text(feed, "id")).isEqualTo(BASE + "/xa-dong-cuu/feed.xml");
        assertThat(text(feed, "title")).isEqualTo("Tin tức — Xã Đông Cứu");
        assertThat(links(feed)).containsExactly("self " + BASE + "/xa-dong-cuu/feed.xml",
                "alternate " + BASE + "/xa-dong-cuu/tin-tuc");
        Element author = elements(feed, "author").get(0);
        assertThat(text(author, "name")).isEqualTo("Xã Đông Cứu");
        assertThat(text(author, "uri")).isEqualTo(BASE + "/xa-dong-cuu");
        Element entry = elements(feed, "entry").get(0);
        assertThat(text(entry, "id")).isEqualTo(BASE + "/xa-dong-cuu/tin-tuc/can-doi-chung");
        assertThat(links(entry)).contains("alternate " + BASE + "/xa-dong-cuu/tin-tuc/can-doi-chung");
        assertThat(elements(entry, "category")).extracting(c -> c.getAttribute("scheme"))
                .containsExactly(BASE + "/xa-dong-cuu/tin-tuc?chuyen-muc=", BASE + "/xa-dong-cuu/tin-tuc?the=",
                        BASE + "/xa-dong-cuu/tin-tuc?the=");
    }

    @Test
    void should_address_a_wards_category_feed_under_the_ward() {
        ArticleAtomFeed.Header header = ArticleFeeds.ofWard(BASE, dongCuu, MEASUREMENT);

        assertThat(header.selfPath()).isEqualTo("/xa-dong-cuu/feed/do-luong.xml");
        assertThat(header.htmlPath()).isEqualTo("/xa-dong-cuu/tin-tuc?chuyen-muc=do-luong");
        assertThat(header.title()).isEqualTo("Đo lường — Xã Đông Cứu");
    }

    @Test
    void should_title_the_platforms_feed_with_the_platform_and_link_each_article_where_it_is_read() throws Exception {
        // given: the platform's feed at the old addresses, each article under the ward that shows it
        ArticleAtomFeed.Header header = ArticleFeeds.ofPlatform(BASE, null,
                article -> (article.id() == 2 ? "/phuong-duc-pho" : "/xa-dong-cuu") + article.url());

        // when
        Element feed = write(header, List.of(Articles.article(2, "cot-bom", "Cột bơm"),
                Articles.article(1, "can-doi-chung", "Cân đối chứng")));

        // then
        assertThat(text(feed, "id")).isEqualTo(BASE + "/feed.xml");
        assertThat(text(feed, "title")).isEqualTo("Tin tức — Cổng thông tin TĐC");
        assertThat(links(feed)).containsExactly("self " + BASE + "/feed.xml", "alternate " + BASE + "/tin-tuc");
        assertThat(elements(feed, "entry")).extracting(e -> text(e, "id")).containsExactly(
                BASE + "/phuong-duc-pho/tin-tuc/cot-bom", BASE + "/xa-dong-cuu/tin-tuc/can-doi-chung");
        assertThat(ArticleFeeds.ofPlatform(BASE, MEASUREMENT, PublishedArticle::url).selfPath())
                .isEqualTo("/feed/do-luong.xml");
    }
}
