package vn.tdc.portal.article.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleCategoryView;
import vn.tdc.portal.article.application.ArticleQueries;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.unit.web.CurrentWard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The news list ({@code /tin-tuc?chuyen-muc=&the=&trang=}): published articles, newest first, ten a page. An
 * unknown category or tag lists nothing (an empty state, not an error); a page number that is not a whole number,
 * below 1 or past the last page shows the first page. Request scoped: the page is only read (no form posts back),
 * so no reader or crawler gets a session for it.
 */
@Named
@RequestScoped
public class ArticleListPage {

    static final int PAGE_SIZE = 10;
    private static final int MAX_TAG_LENGTH = 60;

    @Inject
    ArticleQueries queries;

    @Inject
    CurrentWard currentWard;

    private String category;
    private String tag;
    private String pageParameter;
    private List<ArticleCategoryView> categories = List.of();
    private ArticleCategoryView selectedCategory;
    private boolean unknownCategory;
    private Page<PublishedArticle> result = new Page<>(List.of(), 1, PAGE_SIZE, 0);

    public void load() {
        List<Long> units = currentWard.getChainIds();
        categories = queries.categories(units);
        category = blankToNull(category);
        tag = blankToNull(tag) == null ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (category != null) {
            selectedCategory = categories.stream().filter(c -> c.code().equals(category)).findFirst().orElse(null);
            unknownCategory = selectedCategory == null;
        }
        if (unknownCategory || (tag != null && tag.length() > MAX_TAG_LENGTH)) {
            return;
        }
        int page = pageNumber(pageParameter);
        result = queries.latest(category, tag, page, PAGE_SIZE, units);
        if (page > result.pageCount()) {
            result = queries.latest(category, tag, 1, PAGE_SIZE, units);
        }
    }

    /** The page asked for; 1 for anything but a positive whole number. */
    static int pageNumber(String parameter) {
        if (parameter == null || !parameter.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(parameter.strip()));
    }

    /** The address of another page of the same list. */
    public String pageLink(int target) {
        StringBuilder link = new StringBuilder("/tin-tuc");
        String separator = "?";
        if (category != null) {
            link.append(separator).append("chuyen-muc=").append(encode(category));
            separator = "&";
        }
        if (tag != null) {
            link.append(separator).append("the=").append(encode(tag));
            separator = "&";
        }
        if (target > 1) {
            link.append(separator).append("trang=").append(target);
        }
        return link.toString();
    }

    /** The page numbers to link to: all of them when few, else the first, the last and those around this one (0 = a gap). */
    public List<Integer> getPageNumbers() {
        int count = result.pageCount();
        int current = result.page();
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (count <= 7 || n == 1 || n == count || Math.abs(n - current) <= 1) {
                numbers.add(n);
            } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }

    public List<PublishedArticle> getArticles() {
        return result.items();
    }

    public Page<PublishedArticle> getResult() {
        return result;
    }

    public List<ArticleCategoryView> getCategories() {
        return categories;
    }

    public long getTotalPublished() {
        return categories.stream().mapToLong(ArticleCategoryView::published).sum();
    }

    public String getHeading() {
        return selectedCategory == null ? null : selectedCategory.name();
    }

    public boolean isUnknownCategory() {
        return unknownCategory;
    }

    public boolean isFiltered() {
        return category != null || tag != null;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getPage() {
        return pageParameter;
    }

    public void setPage(String page) {
        this.pageParameter = page;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
