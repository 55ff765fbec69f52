package vn.tdc.knowledge.assistant.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.domain.IndexChunk;

/**
 * Keeps the analysis of chunks already seen, so that answering does not re-tokenise the same passages
 * on every question. Keyed by chunk key and checked against the chunk's content, so a re-indexed
 * (changed) chunk is analysed again.
 *
 * <p>Bounded by memory, not by entries: each analysis weighs {@value #BYTES_PER_CHAR} bytes per character of the
 * chunk's texts (the text, its units and their token bags with original and folded words: about 67 bytes per
 * character of chunk text measured on the JDK 17 heap) plus {@value #ENTRY_OVERHEAD_BYTES} bytes, and the cache holds
 * at most {@link #DEFAULT_MAX_BYTES} of them (32 MB: the portal's own content weighs about 3 MB; chunks have at most
 * 4 000 characters, so one weighs at most about 260 KB). Less used analyses are dropped first (Caffeine's policy).
 * Thread-safe.
 */
final class AnalysedChunkCache {

    static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    static final int BYTES_PER_CHAR = 64;
    static final int ENTRY_OVERHEAD_BYTES = 1024;

    private final Cache<String, AnalysedChunk> byKey;
    private final WordSplitter splitter = new WordSplitter();

    AnalysedChunkCache() {
        this(DEFAULT_MAX_BYTES);
    }

    AnalysedChunkCache(long maxBytes) {
        this.byKey = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, AnalysedChunk analysed) -> weight(analysed.chunk))
                .executor(Runnable::run)
                .build();
    }

    AnalysedChunk get(IndexChunk chunk) {
        AnalysedChunk cached = byKey.getIfPresent(chunk.key());
        if (cached != null && (cached.chunk == chunk || cached.chunk.equals(chunk))) {
            return cached;
        }
        AnalysedChunk fresh = new AnalysedChunk(chunk, splitter);
        byKey.put(chunk.key(), fresh);
        return fresh;
    }

    /** Approximate bytes of the cached analyses. */
    long weightedSize() {
        byKey.cleanUp();
        return byKey.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Approximate bytes one chunk's analysis takes. */
    static int weight(IndexChunk chunk) {
        long chars = (long) chunk.text().length() + chunk.context().length() + chunk.heading().length()
                + chunk.section().length() + chunk.source().title().length() + chunk.source().reference().length()
                + chunk.source().issuer().length() + chunk.key().length();
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD_BYTES + chars * BYTES_PER_CHAR);
    }
}
