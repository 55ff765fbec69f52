package vn.tdc.portal.article.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.article.infrastructure.ArticleBodyText.Kind;
import vn.tdc.portal.article.infrastructure.ArticleBodyText.Line;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSearchIndexerTest {

    private static final String BODY = String.join("\n",
            "<p>Ban quản lý chợ Đông Cứu vừa đặt thêm một <strong>cân đối chứng</strong>.</p>",
            "<h2>Cân đối chứng đặt ở đâu?</h2>",
            "<p>Cân được đặt ở cổng chợ,&nbsp;cạnh phòng ban quản lý &amp; bảo vệ.</p>",
            "<h3>Giờ mở cân</h3>",
            "<p>Từ 5 giờ sáng<br>đến 6 giờ chiều.</p>",
            "<h2>Khi hàng bị thiếu</h2>",
            "<ul><li>Báo ban quản lý chợ.</li><li><p>Gửi phản ánh &#34;cân thiếu&#34;.</p></li></ul>",
            "<p>Đừng gõ &lt;script&gt;alert(1)&lt;/script&gt; vào ô tìm kiếm.</p>");

    private DocumentIndex index;
    private ArticleSearchIndexer indexer;

    @BeforeEach
    void start() {
        index = DocumentIndex.inMemory();
        index.rebuild(new SeedDocuments().load());
        indexer = new ArticleSearchIndexer();
        indexer.index = index;
        indexer.settings = new PortalSettings() {
            @Override
            public String getWardName() {
                return "Xã Đông Cứu";
            }

            @Override
            public String getProvince() {
                return "tỉnh Bắc Ninh";
            }
        };
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static PublishedArticle article(long id, String slug, String title, String author, String bodyHtml) {
        return new PublishedArticle(id, slug, title, "Chợ có cân đối chứng mới, ai cũng dùng được.", bodyHtml, "do-luong",
                "Đo lường", List.of("cân đối chứng"), author, false, Instant.parse("2026-11-05T01:00:00Z"),
                Instant.parse("2026-11-05T01:00:00Z"), "", "");
    }

    private static PublishedArticle market() {
        return article(7, "can-doi-chung-cho-dong-cuu", "Cân đối chứng ở chợ Đông Cứu", "Nguyễn Thị Lan", BODY);
    }

    @Test
    void should_index_a_wards_article_under_its_ward_and_a_provinces_under_its_province() {
        // given
        UnitView thanhDong = new UnitView(202, "phuong-thanh-dong", "phuong-thanh-dong", "phường Thành Đông", UnitLevel.XA, "phuong",
                20L, "/hai-phong/phuong-thanh-dong/", "", "", "", "", null, null, null, "thành phố Hải Phòng", true);
        UnitView haiPhong = new UnitView(20, "hai-phong", "hai-phong", "thành phố Hải Phòng", UnitLevel.TINH, "thanh-pho", 1L,
                "/hai-phong/", "", "", "", "", null, null, null, "", true);
        indexer.units = new UnitDirectory() {
            @Override
            public Optional<UnitView> byId(long id) {
                return id == 202 ? Optional.of(thanhDong) : id == 20 ? Optional.of(haiPhong) : Optional.empty();
            }
        };
        PublishedArticle m = market();
        PublishedArticle ward = new PublishedArticle(8, "cho-thanh-dong", m.title(), m.summary(), m.bodyHtml(), m.categoryCode(),
                m.categoryName(), m.tags(), "", false, m.publishedAt(), m.updatedAt(), "", "", 202);
        PublishedArticle province = new PublishedArticle(9, "hang-gia-hai-phong", m.title(), m.summary(), m.bodyHtml(),
                m.categoryCode(), m.categoryName(), m.tags(), "", false, m.publishedAt(), m.updatedAt(), "", "", 20);

        // when
        SourceInfo wardSource = indexer.chunks(ward).get(0).source();
        SourceInfo provinceSource = indexer.chunks(province).get(0).source();

        // then
        assertThat(wardSource.unit()).isEqualTo("phuong-thanh-dong");
        assertThat(wardSource.level()).isEqualTo(AdministrativeLevel.WARD);
        assertThat(wardSource.places()).containsExactly("phường Thành Đông");
        assertThat(wardSource.regions()).containsExactly("thành phố Hải Phòng");
        assertThat(wardSource.issuer()).contains("phường Thành Đông");
        assertThat(provinceSource.unit()).isEqualTo("hai-phong");
        assertThat(provinceSource.level()).isEqualTo(AdministrativeLevel.PROVINCE);
        assertThat(provinceSource.places()).isEmpty();
        assertThat(provinceSource.regions()).containsExactly("thành phố Hải Phòng");
    }

    @Test
    void should_turn_blocks_into_lines_with_entities_decoded_and_list_items_marked() {
        // when
        List<Line> lines = ArticleBodyText.lines(BODY);

        // then
        assertThat(lines).containsExactly(
                new Line(Kind.TEXT, "Ban quản lý chợ Đông Cứu vừa đặt thêm một cân đối chứng."),
                new Line(Kind.HEADING_2, "Cân đối chứng đặt ở đâu?"),
                new Line(Kind.TEXT, "Cân được đặt ở cổng chợ, cạnh phòng ban quản lý & bảo vệ."),
                new Line(Kind.HEADING_3, "Giờ mở cân"),
                new Line(Kind.TEXT, "Từ 5 giờ sáng"),
                new Line(Kind.TEXT, "đến 6 giờ chiều."),
                new Line(Kind.HEADING_2, "Khi hàng bị thiếu"),
                new Line(Kind.TEXT, "- Báo ban quản lý chợ."),
                new Line(Kind.TEXT, "- Gửi phản ánh \"cân thiếu\"."),
                new Line(Kind.TEXT, "Đừng gõ <script>alert(1)</script> vào ô tìm kiếm."));
    }

    @Test
    void should_leave_out_what_scripts_and_styles_contain() {
        // when
        List<Line> lines = ArticleBodyText.lines("<p>Trước</p><script>alert('x')</script><style>p{}</style><p>Sau</p>");

        // then
        assertThat(lines).extracting(Line::text).containsExactly("Trước", "Sau");
    }

    @Test
    void should_cut_an_article_into_summary_intro_and_one_chunk_per_section() {
        // when
        List<IndexChunk> chunks = indexer.chunks(market());

        // then
        assertThat(chunks).extracting(IndexChunk::anchor).containsExactly("tom-tat", "mo-dau", "1", "2", "3");
        assertThat(chunks.get(0).text()).isEqualTo("Cân đối chứng ở chợ Đông Cứu\nChợ có cân đối chứng mới, ai cũng dùng được.");
        assertThat(chunks.get(0).section()).isEqualTo("Tóm tắt");
        assertThat(chunks.get(1).text()).isEqualTo("Ban quản lý chợ Đông Cứu vừa đặt thêm một cân đối chứng.");
        assertThat(chunks.get(2).section()).isEqualTo("Cân đối chứng đặt ở đâu?");
        assertThat(chunks.get(2).text()).isEqualTo("Cân đối chứng đặt ở đâu?\nCân được đặt ở cổng chợ, cạnh phòng ban quản lý & bảo vệ.");
        assertThat(chunks.get(2).context()).isEqualTo("Cân đối chứng ở chợ Đông Cứu");
        assertThat(chunks.get(3).text()).isEqualTo("Giờ mở cân\nTừ 5 giờ sáng\nđến 6 giờ chiều.");
        assertThat(chunks.get(3).context()).isEqualTo("Cân đối chứng ở chợ Đông Cứu\nCân đối chứng đặt ở đâu?");
        assertThat(chunks.get(4).text()).startsWith("Khi hàng bị thiếu\n- Báo ban quản lý chợ.\n- Gửi phản ánh");
    }

    @Test
    void should_describe_the_article_as_a_source_of_the_ward_with_its_link() {
        // when
        SourceInfo source = indexer.chunks(market()).get(0).source();

        // then
        assertThat(source.documentId()).isEqualTo("article:7");
        assertThat(source.type()).isEqualTo(SourceType.ARTICLE);
        assertThat(source.issuer()).isEqualTo("Nguyễn Thị Lan");
        assertThat(source.reference()).isEqualTo("Bài viết „Cân đối chứng ở chợ Đông Cứu”");
        assertThat(source.url()).isEqualTo("/tin-tuc/can-doi-chung-cho-dong-cuu");
        assertThat(source.places()).containsExactly("Xã Đông Cứu");
        assertThat(source.regions()).containsExactly("tỉnh Bắc Ninh");
    }

    @Test
    void should_name_the_culture_centre_when_the_article_has_no_author() {
        // when
        SourceInfo source = indexer.chunks(article(8, "tin", "Tin ngắn", " ", "<p>Nội dung.</p>")).get(0).source();

        // then
        assertThat(source.issuer()).isEqualTo("Trung tâm Văn hóa – Thể thao xã Đông Cứu");
    }

    @Test
    void should_index_an_article_without_headings_as_summary_and_body() {
        // when
        List<IndexChunk> chunks = indexer.chunks(article(9, "ngan", "Tin ngắn", "A", "<p>Một.</p><p>Hai.</p>"));

        // then
        assertThat(chunks).extracting(IndexChunk::anchor).containsExactly("tom-tat", "mo-dau");
        assertThat(chunks.get(1).text()).isEqualTo("Một.\nHai.");
    }

    @Test
    void should_make_an_article_searchable_without_diacritics_with_its_type_and_link() {
        // when
        indexer.index(market());
        List<SearchHit> hits = index.search("can doi chung dat o cong cho", 3, Optional.empty());

        // then
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).documentId()).isEqualTo("article:7");
        assertThat(hits.get(0).type()).isEqualTo("article");
        assertThat(hits.get(0).url()).isEqualTo("/tin-tuc/can-doi-chung-cho-dong-cuu");
        assertThat(hits.get(0).excerpt()).contains("cổng chợ");
    }

    @Test
    void should_replace_what_was_indexed_when_an_article_is_indexed_again() {
        // given
        indexer.index(market());

        // when
        indexer.index(article(7, "can-doi-chung-cho-dong-cuu", "Cân đối chứng ở chợ Đông Cứu", "Nguyễn Thị Lan",
                "<h2>Địa điểm mới</h2><p>Cân đã chuyển vào khu hàng cá.</p>"));

        // then
        assertThat(index.search("cổng chợ", 10)).noneMatch(h -> h.excerpt().contains("cổng chợ"));
        assertThat(index.search("khu hàng cá", 5)).extracting(SearchHit::documentId).contains("article:7");
    }

    @Test
    void should_take_a_removed_article_out_of_the_index() {
        // given
        indexer.index(market());

        // when
        indexer.remove(7);

        // then
        assertThat(index.sources()).doesNotContainKey("article:7");
        assertThat(index.search("cân đối chứng cổng chợ", 10)).noneMatch(h -> h.type().equals("article"));
    }

    @Test
    void should_keep_only_the_given_articles_and_every_document_when_reindexing_all() {
        // given
        indexer.index(market());
        int documents = index.sources().size() - 1;

        // when
        indexer.reindexAll(List.of(article(8, "tem-kiem-dinh", "Tem kiểm định", "A", "<p>Tem còn hạn.</p>")));

        // then
        assertThat(index.sources()).doesNotContainKey("article:7").containsKey("article:8");
        assertThat(index.sources().values()).filteredOn(s -> s.type() == SourceType.DOCUMENT).hasSize(documents);
    }
}
