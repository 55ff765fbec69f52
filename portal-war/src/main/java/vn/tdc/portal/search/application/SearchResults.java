package vn.tdc.portal.search.application;

import java.util.List;

/**
 * One page of search results.
 *
 * @param page  the page number, from 1
 * @param size  results per page
 * @param total results on every page together: documents and articles, each counted once
 */
public record SearchResults(List<SearchResult> results, int page, int size, int total) {

    public SearchResults {
        results = List.copyOf(results);
    }

    /** Number of pages (at least 1). */
    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }
}
