package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.web.PublicUrl;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.web.CurrentWard;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom feeds of the newest published articles ({@link ArticleFeeds}). A ward's: {@code /xa-dong-cuu/feed.xml} (its
 * news: the ward's, its province's and the platform's articles) and {@code /xa-dong-cuu/feed/{category}.xml}, reached
 * through {@code WardPathFilter}, which forwards them here with the ward as the request's. The platform's, at the
 * single-ward version's addresses {@code /feed.xml} and {@code /feed/{category}.xml}: every ward's articles, each
 * linked under the ward that shows it. An unknown or inactive category is a 404.
 */
@WebServlet(name = "articleFeed", urlPatterns = {ArticleFeeds.ALL, "/feed/*"})
public class ArticleFeedServlet extends HttpServlet {

    static final int ENTRIES = 20;
    private static final Pattern CATEGORY = Pattern.compile("/([a-z0-9][a-z0-9-]{0,39})\\.xml");

    @Inject
    ArticleQueries queries;

    @Inject
    UnitDirectory units;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ArticleCategoryView category = null;
        if (!ArticleFeeds.ALL.equals(request.getServletPath())) {
            Optional<ArticleCategoryView> named = category(request.getPathInfo());
            if (named.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            category = named.get();
        }
        String categoryCode = category == null ? null : category.code();
        Optional<UnitView> ward = CurrentWard.wardOf(request);
        ArticleAtomFeed.Header header;
        List<PublishedArticle> articles;
        if (ward.isPresent()) {
            header = ArticleFeeds.ofWard(publicUrl.base(), ward.get(), category);
            List<Long> chain = units.chainOf(ward.get()).stream().map(UnitView::id).toList();
            articles = queries.latest(categoryCode, null, 1, ENTRIES, chain).items();
        } else {
            String defaultWard = units.defaultWard().slug();
            header = ArticleFeeds.ofPlatform(publicUrl.base(), category, article -> "/"
                    + units.wardShowing(article.unitId()).map(UnitView::slug).orElse(defaultWard) + article.url());
            articles = queries.latest(categoryCode, null, 1, ENTRIES).items();
        }
        ByteArrayOutputStream feed = new ByteArrayOutputStream(16 * 1024);
        try {
            ArticleAtomFeed.write(feed, header, articles, Instant.now());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Atom feed", e);
        }
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(feed.size());
        feed.writeTo(response.getOutputStream());
    }

    private Optional<ArticleCategoryView> category(String pathInfo) {
        Matcher matcher = CATEGORY.matcher(pathInfo == null ? "" : pathInfo);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return queries.categories().stream().filter(c -> c.code().equals(matcher.group(1))).findFirst();
    }
}
