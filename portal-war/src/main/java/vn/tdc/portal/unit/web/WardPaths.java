package vn.tdc.portal.unit.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of residents' pages on a platform of many wards. A ward's pages live under its slug:
 * {@code /xa-dong-cuu} (the ward's home), {@code /xa-dong-cuu/tin-tuc}, {@code /xa-dong-cuu/tin-tuc/{bài viết}},
 * {@code /xa-dong-cuu/van-ban}, {@code /xa-dong-cuu/van-ban/{id}}, {@code /xa-dong-cuu/phan-anh}, {@code …/tra-cuu},
 * {@code …/hoi-dap}, {@code …/thong-ke}, {@code …/tim-kiem}, {@code …/phuong-tien-do} (its reference scales and share of
 * verified instruments) and {@code …/phuong-tien-do/{mã}} (an instrument's QR page); each shows one of the portal's
 * views with that ward as
 * the request's ward. The same pages of the single-ward version ({@code /tin-tuc}, {@code /phan-anh} …) are old
 * addresses, answered by a permanent redirect to the page of a ward. Every other address (staff pages, the API,
 * Open311, resources, files, {@code /}) is no ward page and passes as it is.
 */
public final class WardPaths {

    /** The pages of a ward with one view each, by the rest of the path after the ward's slug. */
    private static final Map<String, String> PAGES = Map.of(
            "", "/index.xhtml",
            "tin-tuc", "/tin-tuc.xhtml",
            "van-ban", "/van-ban.xhtml",
            "phan-anh", "/phan-anh.xhtml",
            "tra-cuu", "/tra-cuu.xhtml",
            "hoi-dap", "/hoi-dap.xhtml",
            "thong-ke", "/thong-ke.xhtml",
            "tim-kiem", "/tim-kiem.xhtml",
            "phuong-tien-do", "/phuong-tien-do.xhtml");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ARTICLE = Pattern.compile("tin-tuc/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern DOCUMENT = Pattern.compile("van-ban/([a-z0-9][a-z0-9-]{0,150})");
    /** An instrument's QR page: any one segment, so that a mistyped code gets the page's own friendly 404. */
    private static final Pattern INSTRUMENT = Pattern.compile("phuong-tien-do/([^/]{1,100})");
    /** What of a segment may go into the view's query as it is: a code as typed (letters, digits, hyphens). */
    private static final Pattern TYPED_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    /** The view of an instrument's QR page. */
    static final String INSTRUMENT_VIEW = "/phuong-tien-do/chi-tiet.xhtml";
    /** Second segments that are files or views of their own, never an article or a document. */
    private static final Set<String> RESERVED = Set.of("anh", "bai-viet", "chi-tiet");
    private static final int MAX_SLUG = 120;
    /** A ward's feeds and sitemap, served by their own servlets with the ward as the request's. */
    private static final Pattern FILE = Pattern.compile("feed\\.xml|feed/[a-z0-9][a-z0-9-]{0,39}\\.xml|sitemap\\.xml");

    private WardPaths() {
    }

    /** A request for a page of the ward named {@code slug}; {@code page} is the rest of the path ("" for its home). */
    public record WardRequest(String slug, String page) {
    }

    /**
     * The ward slug and page a path names when its first segment is shaped like a slug ({@code /xa-dong-cuu/phan-anh}
     * → {@code xa-dong-cuu}, {@code phan-anh}). Whether a ward has that slug is for the directory to say.
     */
    public static Optional<WardRequest> wardRequest(String path) {
        if (path == null || !path.startsWith("/") || path.length() < 2) {
            return Optional.empty();
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? rest : rest.substring(0, slash);
        if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        String page = slash < 0 ? "" : rest.substring(slash + 1);
        if (page.endsWith("/")) {
            page = page.substring(0, page.length() - 1);
        }
        return Optional.of(new WardRequest(slug, page));
    }

    /**
     * The view (with its query) that shows a ward's page: {@code phan-anh} → {@code /phan-anh.xhtml},
     * {@code tin-tuc/{slug}} → the article view, {@code phuong-tien-do/{code}} → the instrument view with the code as
     * typed ({@code ?ma=k7m2-q9xa}; a segment that cannot be a code → the view without it, which answers its 404);
     * empty for a page no ward has (then the answer is 404).
     */
    public static Optional<String> viewOf(String page) {
        String view = PAGES.get(page);
        if (view != null) {
            return Optional.of(view);
        }
        Matcher article = ARTICLE.matcher(page);
        if (article.matches() && article.group(1).length() <= MAX_SLUG && !RESERVED.contains(article.group(1))) {
            return Optional.of("/tin-tuc/" + article.group(1));
        }
        Matcher document = DOCUMENT.matcher(page);
        if (document.matches() && !RESERVED.contains(document.group(1))) {
            return Optional.of("/van-ban/chi-tiet.xhtml?id=" + document.group(1));
        }
        Matcher instrument = INSTRUMENT.matcher(page);
        if (instrument.matches()) {
            String typed = instrument.group(1);
            return Optional.of(TYPED_CODE.matcher(typed).matches() ? INSTRUMENT_VIEW + "?ma=" + typed : INSTRUMENT_VIEW);
        }
        return Optional.empty();
    }

    /**
     * The servlet address of a ward's file: {@code feed.xml} → {@code /feed.xml} (its news feed),
     * {@code feed/{category}.xml} → {@code /feed/{category}.xml}, {@code sitemap.xml} → {@code /sitemap.xml} (its
     * sitemap); empty for anything else. These are no old addresses: {@code /feed.xml} and {@code /sitemap.xml}
     * themselves are the platform's.
     */
    public static Optional<String> fileOf(String page) {
        return page != null && FILE.matcher(page).matches() ? Optional.of("/" + page) : Optional.empty();
    }

    /**
     * Whether a path is a page of the single-ward version that now belongs to a ward ({@code /phan-anh},
     * {@code /tin-tuc/{slug}}); not {@code /}, which is the platform's home, nor files under those paths
     * ({@code /tin-tuc/anh/…}, {@code /phan-anh/anh/…}).
     */
    public static boolean isOldWardPage(String path) {
        return path != null && path.length() > 1 && path.startsWith("/") && !path.endsWith("/")
                && viewOf(path.substring(1)).isPresent();
    }

    /** The page of a ward that an old address names: {@code /phan-anh}, {@code ?loai=x} → {@code /xa-dong-cuu/phan-anh?loai=x}. */
    public static String underWard(String slug, String oldPath, String query) {
        return "/" + slug + oldPath + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /**
     * An address of the portal written by the view handler (form actions, links to views), moved under the ward when
     * it is one of a ward's views: {@code /ctx/phan-anh.xhtml?x=1} or {@code /ctx/phan-anh} → {@code /ctx/xa-dong-cuu/phan-anh?x=1},
     * {@code /ctx/index.xhtml} → {@code /ctx/xa-dong-cuu}. Other addresses are returned as they are.
     */
    public static String inWard(String contextPath, String slug, String url) {
        if (url == null || !url.startsWith(contextPath + "/")) {
            return url;
        }
        int queryAt = url.indexOf('?');
        String path = url.substring(contextPath.length(), queryAt < 0 ? url.length() : queryAt);
        String query = queryAt < 0 ? "" : url.substring(queryAt);
        String page = path.substring(1);
        if (page.endsWith(".xhtml")) {
            page = page.substring(0, page.length() - ".xhtml".length());
        }
        if (page.equals("index")) {
            page = "";
        }
        if (!PAGES.containsKey(page)) {
            return url;
        }
        return contextPath + "/" + slug + (page.isEmpty() ? "" : "/" + page) + query;
    }
}
