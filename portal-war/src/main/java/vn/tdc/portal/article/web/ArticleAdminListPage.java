package vn.tdc.portal.article.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleEditorService;
import vn.tdc.portal.article.application.EditorArticleRow;
import vn.tdc.portal.article.domain.ArticleStatus;
import vn.tdc.portal.platform.paging.Page;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editors' list of articles ({@code /quan-tri/tin-tuc}, EDITOR and ADMIN): every state, newest change first,
 * 20 a page, with one tab per state and its count. Tabs and pages are plain links
 * ({@code ?trang-thai=review&trang=2}) so a list can be bookmarked and shared; an unknown state shows all.
 */
@Named
@ViewScoped
public class ArticleAdminListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    /** The tabs: all, then each state in workflow order. */
    static final List<String> TABS = List.of("", ArticleStatus.DRAFT.code(), ArticleStatus.REVIEW.code(),
            ArticleStatus.PUBLISHED.code(), ArticleStatus.ARCHIVED.code());

    @Inject
    ArticleEditorService editor;

    private String status;
    private String page;
    private Page<EditorArticleRow> rows;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public void load() {
        status = tab(status);
        rows = editor.list(status, pageNumber(page), PAGE_SIZE);
        for (String tab : TABS) {
            counts.put(tab, tab.equals(status) ? rows.total() : editor.list(tab, 1, 1).total());
        }
    }

    /** A known state code, or "" (all) for anything else. */
    static String tab(String value) {
        String code = value == null ? "" : value.strip();
        return TABS.contains(code) ? code : "";
    }

    /** The page asked for, from 1; anything that is not a positive number is the first page. */
    static int pageNumber(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 6 || !value.strip().chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value.strip()));
    }

    /** The list's address for a state and a page; the defaults are left out. */
    static String link(String status, int page) {
        StringBuilder link = new StringBuilder("/quan-tri/tin-tuc");
        String separator = "?";
        if (status != null && !status.isEmpty()) {
            link.append(separator).append("trang-thai=").append(status);
            separator = "&";
        }
        if (page > 1) {
            link.append(separator).append("trang=").append(page);
        }
        return link.toString();
    }

    public String tabLink(String tab) {
        return link(tab, 1);
    }

    public String pageLink(int number) {
        return link(status, number);
    }

    public boolean isCurrent(String tab) {
        return tab.equals(status);
    }

    public long count(String tab) {
        return counts.getOrDefault(tab, 0L);
    }

    public List<String> getTabs() {
        return TABS;
    }

    public boolean isHasPrevious() {
        return rows.page() > 1;
    }

    public boolean isHasNext() {
        return rows.page() < rows.pageCount();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Page<EditorArticleRow> getRows() {
        return rows;
    }
}
