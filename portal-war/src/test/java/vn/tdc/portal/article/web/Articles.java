package vn.tdc.portal.article.web;

import vn.tdc.portal.article.application.PublishedArticle;

import java.time.Instant;
import java.util.List;

/** Published articles for the web layer's tests. */
final class Articles {

    static final Instant PUBLISHED = Instant.parse("2026-10-14T01:00:00.250Z");
    static final Instant UPDATED = Instant.parse("2026-10-15T03:30:00Z");

    private Articles() {
    }

    static PublishedArticle article(long id, String slug, String title) {
        return new PublishedArticle(id, slug, title, "Tóm tắt của " + title, "<p>Nội dung <a href=\"/van-ban\">văn bản</a></p>",
                "do-luong", "Đo lường", List.of("cân", "chợ đông cứu"), "Trung tâm Văn hóa – Thể thao phường", false,
                PUBLISHED, UPDATED, "", "");
    }

    static PublishedArticle withCover(long id, String slug, String title) {
        PublishedArticle a = article(id, slug, title);
        return new PublishedArticle(a.id(), a.slug(), a.title(), a.summary(), a.bodyHtml(), a.categoryCode(),
                a.categoryName(), a.tags(), a.author(), a.featured(), a.publishedAt(), a.updatedAt(),
                "/tin-tuc/anh/" + "ab".repeat(32) + ".jpg", "Cân đối chứng ở chợ");
    }
}
