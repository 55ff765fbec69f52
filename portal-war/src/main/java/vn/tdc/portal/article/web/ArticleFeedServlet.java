package vn.tdc.portal.article.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.PublicUrl;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom feeds of the newest published articles: {@code /feed.xml} (all) and {@code /feed/{category}.xml} (one
 * category; an unknown or inactive one is a 404).
 */
@WebServlet(name = "articleFeed", urlPatterns = {ArticleFeedServlet.ALL, "/feed/*"})
public class ArticleFeedServlet extends HttpServlet {

    static final String ALL = "/feed.xml";
    static final int ENTRIES = 20;
    private static final Pattern CATEGORY = Pattern.compile("/([a-z0-9][a-z0-9-]{0,39})\\.xml");

    @Inject
    ArticleQueries queries;

    @Inject
    PortalSettings settings;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ward = settings.getWardName();
        String siteTitle = Messages.get("app.title") + " " + ward;
        ArticleAtomFeed.Header header;
        String categoryCode = null;
        if (ALL.equals(request.getServletPath())) {
            header = new ArticleAtomFeed.Header(publicUrl.base(), Messages.get("news.title") + " — " + siteTitle,
                    Messages.get("app.tagline"), ALL, "/tin-tuc", ward);
        } else {
            Optional<ArticleCategoryView> category = category(request.getPathInfo());
            if (category.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            categoryCode = category.get().code();
            header = new ArticleAtomFeed.Header(publicUrl.base(), category.get().name() + " — " + siteTitle,
                    Messages.get("app.tagline"), "/feed/" + categoryCode + ".xml",
                    "/tin-tuc?chuyen-muc=" + categoryCode, ward);
        }
        List<PublishedArticle> articles = queries.latest(categoryCode, null, 1, ENTRIES).items();
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
