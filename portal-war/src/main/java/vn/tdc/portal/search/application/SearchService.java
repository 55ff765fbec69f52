package vn.tdc.portal.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.document.application.SectionAnchors;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ApiException;
import vn.tdc.portal.platform.api.ErrorCode;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.search.domain.SearchHit;
import vn.tdc.portal.search.infrastructure.DocumentIndex;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One Vietnamese search over everything the portal publishes (documents now; articles share the index). */
@ApplicationScoped
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_LIMIT = 50;
    private static final Set<String> TYPES = Set.of("document", "article");

    @Inject
    DocumentIndex index;

    /**
     * Hits for a query, best first.
     *
     * @param type {@code document}, {@code article} or blank for both
     */
    public List<SearchResult> search(String query, int limit, String type) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw invalid("q", "search.error.empty");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw invalid("q", "search.error.too_long");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "search.error.limit");
        }
        Optional<String> typeFilter = Optional.ofNullable(type).map(String::strip).filter(t -> !t.isEmpty());
        if (typeFilter.isPresent() && !TYPES.contains(typeFilter.get())) {
            throw invalid("type", "search.error.type");
        }
        return index.search(q, limit, typeFilter).stream().map(SearchService::toResult).toList();
    }

    private static SearchResult toResult(SearchHit hit) {
        String url = hit.url() == null || hit.url().isBlank()
                ? SectionAnchors.link(hit.documentId(), hit.section())
                : hit.url();
        return new SearchResult(hit.documentId(), hit.title(), hit.issuer(), hit.section(), hit.excerpt(),
                hit.score(), hit.type(), url);
    }

    private static ApiException invalid(String field, String key) {
        String message = Messages.get(key);
        return new ApiException(ErrorCode.VALIDATION_FAILED, Messages.get(ErrorCode.VALIDATION_FAILED.messageKey()),
                List.of(new ApiError.Detail(field, message)));
    }
}
