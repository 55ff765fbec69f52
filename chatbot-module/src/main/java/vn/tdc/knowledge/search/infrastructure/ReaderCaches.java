package vn.tdc.knowledge.search.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceType;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What answering reads again and again from one point-in-time view of the index: the stored chunk of a Lucene
 * document (decompressing stored fields was a sixth of the time of a question) and the document frequency of a term
 * (the planner and the answerer ask for the same syllables on every question).
 *
 * <p>Entries are keyed by the reader they were read from ({@link IndexReader.CacheKey}), so a refreshed reader (after
 * a commit) never sees an entry of the previous one; those age out. Chunks are bounded by bytes
 * ({@value #CHUNK_BYTES_PER_CHAR} per character of their texts, at most {@link #DEFAULT_CHUNK_BYTES} in all), term
 * frequencies and whether the plans hold a term by count ({@value #MAX_TERMS} each). Thread-safe.
 */
final class ReaderCaches {

    static final long DEFAULT_CHUNK_BYTES = 16L * 1024 * 1024;
    static final int CHUNK_BYTES_PER_CHAR = 4;
    static final int CHUNK_OVERHEAD_BYTES = 512;
    static final int MAX_TERMS = 50_000;

    /** The term every chunk of a directive or plan carries. */
    static final Term DOCUMENTS = new Term(IndexFields.TYPE, SourceType.DOCUMENT.code());

    private record DocAt(IndexReader.CacheKey reader, int doc) {
    }

    private record TermAt(IndexReader.CacheKey reader, Term term) {
    }

    private final Cache<DocAt, IndexChunk> chunks;
    private final Cache<TermAt, Integer> frequencies;
    private final Cache<TermAt, Integer> inDocuments;
    private final ChunkDocumentMapper mapper;

    ReaderCaches(ChunkDocumentMapper mapper, long maxChunkBytes) {
        this.mapper = mapper;
        this.chunks = Caffeine.newBuilder()
                .maximumWeight(maxChunkBytes)
                .weigher((DocAt at, IndexChunk chunk) -> weight(chunk))
                .executor(Runnable::run)
                .build();
        this.frequencies = Caffeine.newBuilder().maximumSize(MAX_TERMS).executor(Runnable::run).build();
        this.inDocuments = Caffeine.newBuilder().maximumSize(MAX_TERMS).executor(Runnable::run).build();
    }

    /** The chunk stored as document {@code doc} of {@code reader}. */
    IndexChunk chunk(IndexReader reader, StoredFields stored, int doc) {
        DocAt at = new DocAt(keyOf(reader), doc);
        IndexChunk cached = chunks.getIfPresent(at);
        if (cached != null) {
            return cached;
        }
        try {
            IndexChunk read = mapper.toChunk(stored.document(doc));
            chunks.put(at, read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored chunk " + doc, e);
        }
    }

    /**
     * How many live chunks of the searcher's reader contain {@code term}. Counted by a query, not read from the term
     * dictionary: {@code docFreq} still counts chunks deleted since the last merge (a portal that re-indexes its plans
     * at start keeps its old copies there until Lucene merges them), which made answers differ between two runs.
     */
    int docFreq(IndexSearcher searcher, Term term) {
        return frequencies.get(new TermAt(keyOf(searcher.getIndexReader()), term), at -> {
            try {
                return searcher.count(new TermQuery(at.term()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot count chunks", e);
            }
        });
    }

    /**
     * How many chunks of directives and plans (not articles) of the searcher's reader contain {@code term};
     * with {@link #DOCUMENTS} itself, how many such chunks there are.
     */
    int documentChunksWith(IndexSearcher searcher, Term term) {
        return inDocuments.get(new TermAt(keyOf(searcher.getIndexReader()), term), at -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(new TermQuery(DOCUMENTS), BooleanClause.Occur.FILTER);
            if (!at.term().equals(DOCUMENTS)) {
                query.add(new TermQuery(at.term()), BooleanClause.Occur.FILTER);
            }
            try {
                return searcher.count(query.build());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot count chunks", e);
            }
        });
    }

    private static IndexReader.CacheKey keyOf(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            throw new IllegalStateException("the index reader has no cache key");
        }
        return helper.getKey();
    }

    static int weight(IndexChunk chunk) {
        long chars = (long) chunk.text().length() + chunk.context().length() + chunk.heading().length()
                + chunk.section().length() + chunk.key().length();
        return (int) Math.min(Integer.MAX_VALUE, CHUNK_OVERHEAD_BYTES + chars * CHUNK_BYTES_PER_CHAR);
    }
}
