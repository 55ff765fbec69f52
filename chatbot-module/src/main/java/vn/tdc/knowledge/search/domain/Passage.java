package vn.tdc.knowledge.search.domain;

/**
 * A chunk returned by a search, with its full text and retrieval score (BM25, higher is better).
 * Answerers work on passages; API clients get {@link SearchHit}s.
 */
public record Passage(IndexChunk chunk, double score) {

    public SourceInfo source() {
        return chunk.source();
    }

    public String text() {
        return chunk.text();
    }

    public String section() {
        return chunk.section();
    }
}
