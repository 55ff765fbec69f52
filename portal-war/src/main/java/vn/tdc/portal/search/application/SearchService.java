package vn.tdc.portal.search.application;

import vn.tdc.knowledge.search.application.Highlighter;
import vn.tdc.knowledge.search.application.SearchPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.document.application.SectionAnchors;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.knowledge.search.domain.Highlight;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.domain.SearchHits;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One Vietnamese search over everything the portal publishes: documents and published articles share the index.
 * Queries match with or without diacritics; results come a page at a time, one per document or article (its best
 * section, with the next best named and the rest counted), each with its excerpt's highlights.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_SIZE = 10;
    private static final Set<String> TYPES = Set.of("document", "article");
    /** Beyond any index: a page this far has no results, and its offset still fits in an int. */
    private static final long MAX_OFFSET = Integer.MAX_VALUE - MAX_LIMIT;

    @Inject
    DocumentIndex index;

    private final Highlighter highlighter = new Highlighter();

    /**
     * The first {@code limit} hits, best first (the API's {@code limit} parameter, kept for older clients).
     *
     * @param type {@code document}, {@code article} or blank for both
     */
    public List<SearchResult> search(String query, int limit, String type) {
        return search(query, 1, validLimit(query, limit), type).results();
    }

    /** The {@code limit} of an older client as a page size, once the query itself is valid. */
    public int validLimit(String query, int limit) {
        validQuery(query);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "search.error.limit");
        }
        return limit;
    }

    /**
     * One page of hits, best first.
     *
     * @param page from 1; a page past the last one is empty
     * @param size 1–{@value #MAX_LIMIT}
     * @param type {@code document}, {@code article} or blank for both
     */
    public SearchResults search(String query, int page, int size, String type) {
        String q = validQuery(query);
        if (page < 1) {
            throw invalid("page", "search.error.page");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw invalid("size", "search.error.size");
        }
        Optional<String> typeFilter = Optional.ofNullable(type).map(String::strip).filter(t -> !t.isEmpty());
        if (typeFilter.isPresent() && !TYPES.contains(typeFilter.get())) {
            throw invalid("type", "search.error.type");
        }
        SearchPlan plan = index.plan(q, size, typeFilter.map(SourceType::fromCode));
        int offset = (int) Math.min((long) (page - 1) * size, MAX_OFFSET);
        SearchHits hits = index.searchGrouped(plan, offset, size);
        List<SearchResult> results = hits.hits().stream().map(hit -> toResult(hit, plan)).toList();
        return new SearchResults(results, page, size, hits.total());
    }

    private static String validQuery(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw invalid("q", "search.error.empty");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw invalid("q", "search.error.too_long");
        }
        return q;
    }

    /** An article hit keeps its own link; a document hit links to its section. */
    private SearchResult toResult(SearchHit hit, SearchPlan plan) {
        String url = hit.url() == null || hit.url().isBlank()
                ? SectionAnchors.link(hit.documentId(), hit.section())
                : hit.url();
        List<List<Integer>> highlights = highlighter.highlight(hit.excerpt(), plan).stream()
                .map(SearchService::pair)
                .toList();
        boolean article = hit.url() != null && !hit.url().isBlank();
        List<SearchResult.OtherSection> others = article ? List.of() : hit.otherSections().stream()
                .map(section -> new SearchResult.OtherSection(section, SectionAnchors.link(hit.documentId(), section)))
                .toList();
        return new SearchResult(hit.documentId(), hit.title(), hit.issuer(), hit.section(), hit.excerpt(), highlights,
                hit.score(), hit.type(), url, others, hit.moreSections());
    }

    private static List<Integer> pair(Highlight h) {
        return List.of(h.start(), h.end());
    }

    private static ProblemException invalid(String field, String key) {
        String message = Messages.get(key);
        return ProblemException.invalid("api.error.validation_failed",
                List.of(FieldProblem.text(field, message)));
    }
}
