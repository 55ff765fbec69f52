package vn.tdc.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.search.application.SearchResult;
import vn.tdc.portal.search.application.SearchResults;
import vn.tdc.portal.search.application.SearchService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The search page ({@code /tim-kiem?q=…&type=document|article&trang=…}), ten results a page. */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;

    @Inject
    SearchService search;

    private String q;
    private String type;
    private int page = 1;
    private SearchResults found;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        page = Math.max(1, page);
        try {
            found = search.search(q, page, PAGE_SIZE, type);
        } catch (ProblemException e) {
            String detail = e.fields().isEmpty() ? e.getMessage() : e.fields().get(0).message();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, detail, null));
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int target) {
        return link(type, target);
    }

    /** The address of the same query restricted to a type ({@code document}, {@code article}; blank for all). */
    public String typeLink(String targetType) {
        return link(targetType, 1);
    }

    /** Whether the tab of this type (blank for all) is the one shown. */
    public boolean isCurrentType(String candidate) {
        String current = type == null ? "" : type.strip();
        return current.equals(candidate == null ? "" : candidate);
    }

    /** The excerpt of a result with the query's words in {@code <mark>}, everything else escaped. */
    public String excerptHtml(SearchResult result) {
        return SearchExcerptHtml.of(result.excerpt(), result.highlights());
    }

    private String link(String targetType, int target) {
        StringBuilder link = new StringBuilder("/tim-kiem?q=").append(URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8));
        if (targetType != null && !targetType.isBlank()) {
            link.append("&type=").append(URLEncoder.encode(targetType.strip(), StandardCharsets.UTF_8));
        }
        if (target > 1) {
            link.append("&trang=").append(target);
        }
        return link.toString();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<SearchResult> getResults() {
        return found == null ? List.of() : found.results();
    }

    public int getTotal() {
        return found == null ? 0 : found.total();
    }

    public int getPageCount() {
        return found == null ? 1 : found.pageCount();
    }

    public boolean isHasNext() {
        return found != null && found.hasNext();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
