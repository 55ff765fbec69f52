package vn.tdc.knowledge.search.application;

import java.util.List;
import java.util.Optional;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * What to look for: the question's topic terms (place names, stop words and question words removed),
 * the adjacent term pairs (syllable bigrams), and the place/type/unit filters.
 */
public record SearchPlan(
        String question,
        List<QueryTerm> terms,
        List<QueryTerm[]> bigrams,
        PlaceMention places,
        Optional<SourceType> type,
        int limit,
        SourceScope scope) {

    /** A plan over every source. */
    public SearchPlan(String question, List<QueryTerm> terms, List<QueryTerm[]> bigrams, PlaceMention places,
            Optional<SourceType> type, int limit) {
        this(question, terms, bigrams, places, type, limit, SourceScope.ALL);
    }

    public SearchPlan {
        terms = List.copyOf(terms);
        bigrams = List.copyOf(bigrams);
    }

    public boolean hasTerms() {
        return !terms.isEmpty();
    }

    public SearchPlan withLimit(int newLimit) {
        return new SearchPlan(question, terms, bigrams, places, type, newLimit, scope);
    }

    /** The same topic restricted to other places. */
    public SearchPlan withPlaces(PlaceMention newPlaces) {
        return new SearchPlan(question, terms, bigrams, newPlaces, type, limit, scope);
    }

    /** Another topic (e.g. the previous question's) searched with this plan's places. */
    public SearchPlan withTopic(List<QueryTerm> newTerms, List<QueryTerm[]> newBigrams) {
        return new SearchPlan(question, newTerms, newBigrams, places, type, limit, scope);
    }

    /** The same search restricted to the sources of a scope (a ward's, a province's, the national ones). */
    public SearchPlan withScope(SourceScope newScope) {
        return new SearchPlan(question, terms, bigrams, places, type, limit, newScope);
    }
}
