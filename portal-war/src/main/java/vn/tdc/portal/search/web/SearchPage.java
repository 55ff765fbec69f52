package vn.tdc.portal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.search.application.SearchResult;
import vn.tdc.portal.search.application.SearchService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The search page ({@code /tim-kiem?q=…&type=…&trang=…}), ten results a page. */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;

    @Inject
    SearchService search;

    private String q;
    private String type;
    private int page = 1;
    private List<SearchResult> results = List.of();
    private boolean hasNext;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        int safePage = Math.max(1, Math.min(page, SearchService.MAX_LIMIT / PAGE_SIZE));
        page = safePage;
        try {
            int wanted = Math.min(SearchService.MAX_LIMIT, safePage * PAGE_SIZE + 1);
            List<SearchResult> all = search.search(q, wanted, type);
            int from = Math.min(all.size(), (safePage - 1) * PAGE_SIZE);
            results = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
            hasNext = all.size() > from + PAGE_SIZE;
        } catch (ApiException e) {
            String detail = e.details().isEmpty() ? e.getMessage() : e.details().get(0).message();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, detail, null));
        }
    }

    /** The address of another page of the same search. */
    public String pageLink(int target) {
        StringBuilder link = new StringBuilder("/tim-kiem?q=").append(URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8));
        if (type != null && !type.isBlank()) {
            link.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
        }
        return link.append("&trang=").append(target).toString();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public List<SearchResult> getResults() {
        return results;
    }

    public boolean isHasNext() {
        return hasNext;
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
