package vn.tdc.knowledge.search.domain;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param hits  the hits of the page, best first
 * @param total how many hits match the query in all (every page together): sections, or sources when grouped
 */
public record SearchHits(List<SearchHit> hits, int total) {

    public SearchHits {
        hits = List.copyOf(hits);
    }
}
