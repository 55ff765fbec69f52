package vn.tdc.knowledge.assistant.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;

/**
 * Completes a question with the previous turn of its conversation.
 *
 * <p>Rules: a question is elliptic when it has a follow-up marker ("còn … thì sao", "con … thi sao") or
 * at most one topic syllable together with a place or a question word;
 * <ul>
 *   <li>elliptic and naming a place ("còn phường Đức Phổ thì sao?"): previous topic, new place — unless the question
 *   has a topic of its own of two syllables or more ("còn phường Hải Dương có khen thưởng gì không?"), which is then
 *   asked as it stands (the words that name a document, "kế hoạch", "văn bản", are no topic);</li>
 *   <li>elliptic without topic or place ("thì sao?"): previous topic and place;</li>
 *   <li>otherwise, without a place ("Công an phường có nhiệm vụ gì?"): new topic, previous place;</li>
 *   <li>a reused topic keeps the previous question type unless the new question states one.</li>
 * </ul>
 */
final class FollowUpResolver {

    /** The question to answer after completion. */
    record Resolved(SearchPlan plan, QuestionType type) {
    }

    private static final int OWN_TOPIC = 2;
    private static final Set<String> DOCUMENT_WORDS = Set.of("ke", "hoach", "van", "ban", "chi", "thi", "quyet", "dinh",
            "cong", "nghi", "tai", "lieu");

    private final FollowUpDetector markers = new FollowUpDetector();

    boolean hasFollowUpMarker(String message) {
        return markers.isFollowUp(message);
    }

    Resolved resolve(String message, SearchPlan plan, QuestionType type, Optional<ConversationTurn> previous) {
        if (previous.isEmpty()) {
            return new Resolved(plan, type);
        }
        ConversationTurn prev = previous.get();
        boolean namesPlace = plan.places().namesKnownPlace() || plan.places().unknownPlace().isPresent();
        long strong = plan.terms().stream().filter(t -> !t.weak()).count();
        boolean elliptic = markers.isFollowUp(message) || (strong <= 1 && (namesPlace || type != QuestionType.GENERAL));
        long ownTopic = plan.terms().stream().filter(t -> !t.weak() && !DOCUMENT_WORDS.contains(t.folded())).count();
        if (elliptic && namesPlace && ownTopic < OWN_TOPIC) {
            SearchPlan merged = plan.withTopic(union(prev.terms(), plan.terms()), concat(prev.bigrams(), plan.bigrams()));
            return new Resolved(merged, keepType(type, prev));
        }
        if (elliptic && strong == 0) {
            return new Resolved(plan.withTopic(prev.terms(), prev.bigrams()).withPlaces(prev.places()), keepType(type, prev));
        }
        return new Resolved(namesPlace ? plan : plan.withPlaces(prev.places()), type);
    }

    private static QuestionType keepType(QuestionType type, ConversationTurn prev) {
        return type == QuestionType.GENERAL ? prev.type() : type;
    }

    private static List<QueryTerm> union(List<QueryTerm> first, List<QueryTerm> second) {
        Map<String, QueryTerm> byFolded = new LinkedHashMap<>();
        first.forEach(t -> byFolded.put(t.folded(), t));
        second.forEach(t -> byFolded.put(t.folded(), t));
        return new ArrayList<>(byFolded.values());
    }

    private static List<QueryTerm[]> concat(List<QueryTerm[]> first, List<QueryTerm[]> second) {
        List<QueryTerm[]> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
