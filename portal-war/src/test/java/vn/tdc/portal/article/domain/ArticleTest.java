package vn.tdc.portal.article.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private static ArticleContent content(String title) {
        return new ArticleContent(title, "Tóm tắt", "<p>Nội dung</p>", "do-luong", List.of("cân"), "Trung tâm", false,
                null, null, "");
    }

    private static void setId(Article article, long id) {
        try {
            java.lang.reflect.Field field = Article.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(article, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rule(Runnable step) {
        try {
            step.run();
        } catch (ArticleRuleException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void should_go_from_draft_through_review_to_published_by_a_second_editor() {
        Article article = new Article(101L, "can-doi-chung", content("Cân đối chứng"), "lan", NOW);

        article.submitForReview("lan", NOW);
        article.publish("minh", false, NOW);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.isPublic()).isTrue();
        assertThat(article.publishedBy()).contains("minh");
        assertThat(article.everPublished()).isTrue();
    }

    @Test
    void should_not_let_the_submitter_publish_their_own_article_unless_admin() {
        Article article = new Article(101L, "a", content("A"), "lan", NOW);
        article.submitForReview("lan", NOW);

        assertThat(rule(() -> article.publish("lan", false, NOW))).isEqualTo("article.rule.four_eyes");
        assertThat(article.status()).isEqualTo(ArticleStatus.REVIEW);
        article.publish("lan", true, NOW);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void should_publish_only_from_review() {
        Article article = new Article(101L, "a", content("A"), "lan", NOW);

        assertThat(rule(() -> article.publish("minh", true, NOW))).isEqualTo("article.rule.publish_only_review");
        assertThat(article.isPublic()).isFalse();
    }

    @Test
    void should_refuse_a_schedule_in_the_past_and_publish_a_due_one() {
        Article article = new Article(101L, "a", content("A"), "lan", NOW);
        article.submitForReview("lan", NOW);

        assertThat(rule(() -> article.schedule(NOW.minusSeconds(1), "minh", false, NOW)))
                .isEqualTo("article.rule.schedule_in_past");
        article.schedule(NOW.plus(Duration.ofHours(1)), "minh", false, NOW);

        assertThat(article.publishIfDue(NOW.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(article.publishIfDue(NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(article.scheduledAt()).isEmpty();
    }

    @Test
    void should_freeze_the_slug_once_published() {
        Article article = new Article(101L, "ban-dau", content("A"), "lan", NOW);
        article.changeSlug("doi-ten");
        article.submitForReview("lan", NOW);
        article.publish("minh", false, NOW);
        article.unpublish("minh", NOW);

        assertThat(rule(() -> article.changeSlug("lai-doi"))).isEqualTo("article.rule.slug_frozen");
        assertThat(article.slug()).isEqualTo("doi-ten");
    }

    @Test
    void should_count_a_revision_for_every_save_and_keep_archived_articles_read_only() {
        Article article = new Article(101L, "a", content("Một"), "lan", NOW);
        setId(article, 5L);
        article.firstRevision("");

        ArticleRevision second = article.edit(content("Hai"), "lan", NOW, "");
        article.submitForReview("lan", NOW);
        article.publish("minh", false, NOW);
        article.archive("minh", NOW);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.content().title()).isEqualTo("Hai");
        assertThat(rule(() -> article.edit(content("Ba"), "lan", NOW, ""))).isEqualTo("article.rule.archived_read_only");
        article.bringBackFromArchive("lan", NOW);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void should_make_slugs_from_vietnamese_titles() {
        assertThat(ArticleSlug.fromTitle("Cân đối chứng tại chợ Đông Cứu")).isEqualTo("can-doi-chung-tai-cho-dong-cuu");
        assertThat(ArticleSlug.fromTitle("  Hàng giả, hàng nhái: cách nhận biết!  ")).isEqualTo("hang-gia-hang-nhai-cach-nhan-biet");
        assertThat(ArticleSlug.fromTitle("<script>")).isEqualTo("script");
        assertThat(ArticleSlug.fromTitle("!!!")).isEqualTo("tin-moi");
        assertThat(ArticleSlug.fromTitle("Ảnh")).isEqualTo("tin-anh");
        assertThat(ArticleSlug.isValid("bai-viet")).isFalse();
        assertThat(ArticleSlug.fromTitle("từ ".repeat(100))).hasSizeLessThanOrEqualTo(ArticleSlug.MAX_LENGTH).doesNotEndWith("-");
        assertThat(ArticleSlug.numbered("can-doi-chung", 2)).isEqualTo("can-doi-chung-2");
        assertThat(ArticleSlug.isValid("Can-Doi")).isFalse();
        assertThat(ArticleSlug.isValid("can--doi")).isFalse();
    }
}
