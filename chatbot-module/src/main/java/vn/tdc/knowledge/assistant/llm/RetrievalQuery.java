package vn.tdc.knowledge.assistant.llm;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdc.knowledge.assistant.application.FollowUpDetector;
import vn.tdc.knowledge.assistant.application.ReportIntentDetector;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.search.application.PassageIndex;
import vn.tdc.knowledge.search.application.QueryTerm;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.SourceInfo;

/**
 * The text the retriever searches for a message: the message made self-contained, so that follow-ups
 * find the same passages the offline pipeline resolved.
 *
 * <p>Rules, applied to the message in this order:
 * <ol>
 *   <li>an elliptic follow-up (a marker such as "còn … thì sao", or at most one topic syllable) is
 *       preceded by the topic words (place names removed) of the latest earlier question of the
 *       conversation that has some: "còn phường Đức Phổ thì sao?" after "Ai ký kế hoạch của phường Hải
 *       Dương?" searches "ký kế hoạch còn phường Đức Phổ thì sao?";</li>
 *   <li>a message of a running conversation that names no place is followed by the places of the
 *       documents the offline answer was grounded in (the offline pipeline keeps the conversation's
 *       place): "Công an phường có nhiệm vụ gì?" after a question on Đức Phổ searches Đức Phổ's plan;</li>
 *   <li>a message reporting a problem is followed by the documents' topic for handling that kind of
 *       problem ("kiểm tra đo lường tại chợ"), as the offline answer does.</li>
 * </ol>
 * The text reaches the retriever as the invocation parameter {@link #PARAMETER}, read by {@link #transformer()}.
 */
final class RetrievalQuery {

    static final String PARAMETER = "vn.tdc.knowledge.retrievalQuery";

    private final PassageIndex index;
    private final FollowUpDetector followUps = new FollowUpDetector();
    private final ReportIntentDetector reports = new ReportIntentDetector();

    RetrievalQuery(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * @param message          the resident's message
     * @param earlierQuestions the conversation's earlier messages, oldest first
     * @param offline          the (grounded) offline answer to the message
     */
    String build(String message, List<String> earlierQuestions, ChatAnswer offline) {
        SearchPlan plan = index.plan(message, 1, Optional.empty());
        List<String> parts = new ArrayList<>();
        if (followUps.isFollowUp(message) || strongTerms(plan) <= 1) {
            previousTopic(earlierQuestions).ifPresent(parts::add);
        }
        parts.add(message);
        if (!earlierQuestions.isEmpty() && !plan.places().namesKnownPlace()) {
            String places = citedPlaces(offline.citations());
            if (!places.isEmpty()) {
                parts.add(places);
            }
        }
        offline.reportKind().flatMap(reports::topic).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    /** Searches the text of {@link #PARAMETER} instead of the message, when the invocation carries it. */
    static QueryTransformer transformer() {
        return query -> {
            InvocationParameters parameters = query.metadata() == null || query.metadata().invocationContext() == null
                    ? null : query.metadata().invocationParameters();
            String text = parameters == null ? query.text() : parameters.getOrDefault(PARAMETER, query.text());
            return List.of(Query.from(text, query.metadata()));
        };
    }

    private Optional<String> previousTopic(List<String> earlierQuestions) {
        for (int i = earlierQuestions.size() - 1; i >= 0; i--) {
            SearchPlan earlier = index.plan(earlierQuestions.get(i), 1, Optional.empty());
            if (strongTerms(earlier) > 0) {
                return Optional.of(earlier.terms().stream().map(QueryTerm::lower).collect(Collectors.joining(" ")));
            }
        }
        return Optional.empty();
    }

    private String citedPlaces(List<Citation> citations) {
        Set<String> places = new LinkedHashSet<>();
        for (Citation c : citations) {
            SourceInfo source = index.sources().get(c.documentId());
            if (source != null) {
                places.addAll(source.places());
            }
        }
        return String.join(", ", places);
    }

    private static long strongTerms(SearchPlan plan) {
        return plan.terms().stream().filter(t -> !t.weak()).count();
    }
}
