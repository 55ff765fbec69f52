package vn.tdc.portal.article.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tdc.portal.article.application.PublishedArticle;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAtomFeedTest {

    private static final String BASE = "https://tdc.example.vn";
    private static final ArticleAtomFeed.Header HEADER = new ArticleAtomFeed.Header(BASE,
            "Tin tức — Cổng TĐC Xã Đông Cứu", "Thông tin cho người dân", "/feed.xml", "/tin-tuc", "Xã Đông Cứu");
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private static Document feed(List<PublishedArticle> articles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleAtomFeed.write(out, HEADER, articles, NOW);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
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

    @Test
    void should_write_an_atom_feed_with_one_entry_per_article() throws Exception {
        // given
        List<PublishedArticle> articles = List.of(Articles.withCover(2, "cot-bom", "Cột bơm xăng dầu"),
                Articles.article(1, "can-doi-chung", "Cân đối chứng"));

        // when
        Element root = feed(articles).getDocumentElement();

        // then
        assertThat(root.getNamespaceURI()).isEqualTo(ArticleAtomFeed.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base")).isEqualTo(BASE + "/");
        assertThat(text(root, "id")).isEqualTo(BASE + "/feed.xml");
        assertThat(text(root, "title")).isEqualTo("Tin tức — Cổng TĐC Xã Đông Cứu");
        assertThat(text(root, "updated")).isEqualTo("2026-10-15T03:30:00Z");
        assertThat(elements(root, "link")).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                .contains("self " + BASE + "/feed.xml", "alternate " + BASE + "/tin-tuc");
        List<Element> entries = elements(root, "entry");
        assertThat(entries).hasSize(2);
        Element first = entries.get(0);
        assertThat(text(first, "id")).isEqualTo(BASE + "/tin-tuc/cot-bom");
        assertThat(text(first, "title")).isEqualTo("Cột bơm xăng dầu");
        assertThat(text(first, "published")).isEqualTo("2026-10-14T01:00:00Z");
        assertThat(text(first, "updated")).isEqualTo("2026-10-15T03:30:00Z");
        assertThat(text(first, "summary")).isEqualTo("Tóm tắt của Cột bơm xăng dầu");
        assertThat(text(first, "name")).isEqualTo("Trung tâm Văn hóa – Thể thao phường");
        Element category = elements(first, "category").get(0);
        assertThat(category.getAttribute("term")).isEqualTo("do-luong");
        assertThat(category.getAttribute("label")).isEqualTo("Đo lường");
        Element content = elements(first, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).isEqualTo("<p>Nội dung <a href=\"/van-ban\">văn bản</a></p>");
        assertThat(elements(first, "link")).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                .contains("alternate " + BASE + "/tin-tuc/cot-bom", "enclosure " + BASE + "/tin-tuc/anh/" + "ab".repeat(32) + ".jpg");
    }

    @Test
    void should_keep_markup_and_forbidden_characters_in_a_title_from_breaking_the_xml() throws Exception {
        // given
        String title = "Cân <b>thiếu</b> & \"gian\" ]]> lận\u0001\u0008";

        // when
        Element root = feed(List.of(Articles.article(1, "a", title))).getDocumentElement();

        // then
        assertThat(text(elements(root, "entry").get(0), "title")).isEqualTo("Cân <b>thiếu</b> & \"gian\" ]]> lận");
    }

    @Test
    void should_be_a_valid_feed_when_nothing_is_published() throws Exception {
        Element root = feed(List.of()).getDocumentElement();

        assertThat(elements(root, "entry")).isEmpty();
        assertThat(text(root, "updated")).isEqualTo("2026-11-21T02:00:00Z");
        assertThat(text(root, "name")).isEqualTo("Xã Đông Cứu");
    }
}
