package vn.tdc.knowledge.search.infrastructure;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tdc.knowledge.search.application.PassageIndex;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;

/**
 * LangChain4j {@link ContentRetriever} over the {@link DocumentIndex} (any {@link PassageIndex}): whole section chunks, with
 * metadata {@code documentId}, {@code title}, {@code issuer}, {@code section}, {@code type}, {@code level} (and
 * {@code url} for articles), and the retrieval score as {@link ContentMetadata#SCORE}. Place names in
 * the query restrict results to the matching documents, as in {@link DocumentIndex#search}.
 */
public final class DocumentIndexContentRetriever implements ContentRetriever {

    private final PassageIndex index;
    private final int maxResults;

    public DocumentIndexContentRetriever(PassageIndex index, int maxResults) {
        this.index = Objects.requireNonNull(index, "index");
        if (maxResults <= 0) {
            throw new IllegalArgumentException("maxResults must be positive");
        }
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        SearchPlan plan = index.plan(query.text(), maxResults, Optional.empty());
        return index.retrieve(plan).stream().map(DocumentIndexContentRetriever::toContent).toList();
    }

    private static Content toContent(Passage p) {
        IndexChunk c = p.chunk();
        Metadata metadata = new Metadata()
                .put("documentId", c.source().documentId())
                .put("title", c.source().title())
                .put("issuer", c.source().issuer())
                .put("section", c.section())
                .put("type", c.source().type().code())
                .put("level", c.source().level().code());
        if (!c.source().url().isEmpty()) {
            metadata.put("url", c.source().url());
        }
        return Content.from(TextSegment.from(c.text(), metadata), Map.of(ContentMetadata.SCORE, p.score()));
    }
}
