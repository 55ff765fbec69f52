package vn.tdc.knowledge.search.application;

import java.util.List;
import java.util.Optional;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * What to look for: the question's topic terms (place names, stop words and question words removed),
 * the adjacent term pairs (syllable bigrams), and the place/type filters.
 */
public record SearchPlan(
        String question,
        List<QueryTerm> terms,
        List<QueryTerm[]> bigrams,
        PlaceMention places,
        Optional<SourceType> type,
        int limit) {

    public SearchPlan {
        terms = List.copyOf(terms);
        bigrams = List.copyOf(bigrams);
    }

    public boolean hasTerms() {
        return !terms.isEmpty();
    }

    public SearchPlan withLimit(int newLimit) {
        return new SearchPlan(question, terms, bigrams, places, type, newLimit);
    }

    /** The same topic restricted to other places. */
    public SearchPlan withPlaces(PlaceMention newPlaces) {
        return new SearchPlan(question, terms, bigrams, newPlaces, type, limit);
    }

    /** Another topic (e.g. the previous question's) searched with this plan's places. */
    public SearchPlan withTopic(List<QueryTerm> newTerms, List<QueryTerm[]> newBigrams) {
        return new SearchPlan(question, newTerms, newBigrams, places, type, limit);
    }
}
