package vn.tdc.portal.assistant.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tdc.portal.search.analysis.WordSplitter;
import vn.tdc.portal.search.domain.IndexChunk;

/**
 * Keeps the analysis of chunks already seen, so that answering does not re-tokenise the same passages
 * on every question. Keyed by chunk key and checked against the chunk's content, so a re-indexed
 * (changed) chunk is analysed again. Bounded: cleared when it holds {@value #MAX_ENTRIES} entries.
 * Thread-safe.
 */
final class AnalysedChunkCache {

    static final int MAX_ENTRIES = 20_000;

    private final Map<String, AnalysedChunk> byKey = new ConcurrentHashMap<>();
    private final WordSplitter splitter = new WordSplitter();

    AnalysedChunk get(IndexChunk chunk) {
        AnalysedChunk cached = byKey.get(chunk.key());
        if (cached != null && cached.chunk.equals(chunk)) {
            return cached;
        }
        AnalysedChunk fresh = new AnalysedChunk(chunk, splitter);
        if (byKey.size() >= MAX_ENTRIES) {
            byKey.clear();
        }
        byKey.put(chunk.key(), fresh);
        return fresh;
    }
}
