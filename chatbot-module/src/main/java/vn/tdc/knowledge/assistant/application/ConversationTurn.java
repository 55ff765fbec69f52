package vn.tdc.knowledge.assistant.application;

import java.util.List;
import java.util.Objects;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;

/**
 * What a conversation remembers of its last question, to resolve elliptic follow-ups.
 *
 * @param terms   the question's topic terms, without place names ("cơ quan", "theo", "dõi", …)
 * @param bigrams their adjacent pairs
 * @param places  the places the question was about
 * @param type    its question type
 */
public record ConversationTurn(List<QueryTerm> terms, List<QueryTerm[]> bigrams, PlaceMention places, QuestionType type) {

    public ConversationTurn {
        terms = List.copyOf(terms);
        bigrams = List.copyOf(bigrams);
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(type, "type");
    }
}
