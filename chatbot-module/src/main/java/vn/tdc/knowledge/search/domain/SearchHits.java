package vn.tdc.knowledge.search.domain;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param hits  the hits of the page, best first
 * @param total how many chunks match the query in all (every page together)
 */
public record SearchHits(List<SearchHit> hits, int total) {

    public SearchHits {
        hits = List.copyOf(hits);
    }
}
