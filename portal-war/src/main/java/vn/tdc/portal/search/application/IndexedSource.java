package vn.tdc.portal.search.application;

import vn.tdc.portal.search.domain.SearchChangeKind;

/**
 * One kind of what the search index holds that lives in the database (articles, uploaded documents), as the
 * {@link SearchIndexFollower} applies changes made by other nodes.
 */
public interface IndexedSource {

    SearchChangeKind kind();

    /**
     * Makes this node's index (and whatever it keeps of the source in memory) hold what the database holds now for
     * this id: indexed when the public may search it, absent otherwise. Doing it twice changes nothing.
     */
    void refresh(String entityId);
}
