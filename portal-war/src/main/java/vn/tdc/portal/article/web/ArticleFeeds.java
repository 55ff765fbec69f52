package vn.tdc.portal.article.web;

import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitView;

import java.util.function.Function;

/**
 * What each Atom feed says about itself. A ward's feeds ({@code /xa-dong-cuu/feed.xml},
 * {@code /xa-dong-cuu/feed/{category}.xml}) are its news — its own articles, its province's and the platform's —
 * titled with the ward ("Tin tức — Xã Đông Cứu"), every link under the ward. The platform's feeds ({@code /feed.xml},
 * {@code /feed/{category}.xml}, the addresses of the single-ward version, kept) carry every ward's articles, titled
 * with the platform ("Tin tức — Cổng thông tin TĐC"), each article linked under the ward that shows it.
 */
final class ArticleFeeds {

    static final String ALL = "/feed.xml";
    static final String CATEGORY_PREFIX = "/feed/";

    private ArticleFeeds() {
    }

    /** The feed of a ward's news; {@code category} null for every category. */
    static ArticleAtomFeed.Header ofWard(String base, UnitView ward, ArticleCategoryView category) {
        String home = "/" + ward.slug();
        return header(base, ward.title(), home, home, category, article -> home + article.url());
    }

    /**
     * The platform's feed of every ward's articles ({@code category} null for every category); {@code articlePath}
     * says where each is read ({@code /xa-dong-cuu/tin-tuc/{slug}}). Its news list is the old {@code /tin-tuc}, which
     * leads to the reader's ward.
     */
    static ArticleAtomFeed.Header ofPlatform(String base, ArticleCategoryView category,
                                             Function<PublishedArticle, String> articlePath) {
        return header(base, Messages.get("wards.platform.brand"), "", "/", category, articlePath);
    }

    private static ArticleAtomFeed.Header header(String base, String publisher, String prefix, String home,
                                                 ArticleCategoryView category,
                                                 Function<PublishedArticle, String> articlePath) {
        String news = prefix + "/tin-tuc";
        String self = prefix + (category == null ? ALL : CATEGORY_PREFIX + category.code() + ".xml");
        String html = category == null ? news : news + "?chuyen-muc=" + category.code();
        String title = (category == null ? Messages.get("news.title") : category.name()) + " — " + publisher;
        return new ArticleAtomFeed.Header(base, title, Messages.get("app.tagline"), self, html, publisher,
                home, news, articlePath);
    }
}
