package vn.tdc.knowledge.search.infrastructure;

import static vn.tdc.knowledge.search.infrastructure.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.search.analysis.VietnameseAnalyzer;
import vn.tdc.knowledge.search.analysis.VietnameseAnalyzer.Variant;
import vn.tdc.knowledge.search.application.ChunkSplitter;
import vn.tdc.knowledge.search.application.ExcerptSelector;
import vn.tdc.knowledge.search.application.PassageIndex;
import vn.tdc.knowledge.search.analysis.WordSplitter;
import vn.tdc.knowledge.search.application.PlaceDirectory;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.SearchPlan;
import vn.tdc.knowledge.search.application.SearchPlanner;
import vn.tdc.knowledge.search.application.SectionChunker;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.Passage;
import vn.tdc.knowledge.search.domain.SearchHit;
import vn.tdc.knowledge.search.domain.SearchHits;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * The full-text index of section chunks: one Lucene {@link Directory} (on disk at the given path, or in
 * memory when the path is {@code null}), one {@link IndexWriter}, and a {@link SearcherManager} refreshed
 * after every commit (near-real-time). Searches never open the index; they borrow the current searcher.
 *
 * <p>Every chunk given to it (sections of documents, articles) passes the {@link ChunkSplitter} first, so no
 * indexed chunk is longer than {@link ChunkSplitter#MAX_CHARS} characters, whatever was uploaded.
 *
 * <p>Thread-safe: writes are serialised, reads run concurrently with writes and see the last commit.
 * Close it once, when the application stops.
 */
public final class DocumentIndex implements PassageIndex, Closeable {

    /** The best-scoring sections a search groups by source (far more than any page shows). */
    static final int GROUPED_HITS = 500;
    /** Further matching sections a grouped result names (the rest are only counted). */
    static final int OTHER_SECTIONS = 3;
    private static final Set<String> SOURCE_FIELDS = Set.of(DOCUMENT_ID);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final Object writeLock = new Object();
    private final SectionChunker chunker = new SectionChunker();
    private final ChunkSplitter chunkSplitter = new ChunkSplitter();
    private final ChunkDocumentMapper mapper = new ChunkDocumentMapper();
    private final LuceneQueryFactory queryFactory = new LuceneQueryFactory();
    private final ReaderCaches caches = new ReaderCaches(mapper, ReaderCaches.DEFAULT_CHUNK_BYTES);
    private final SearchPlanner planner;
    private final ExcerptSelector excerpts = new ExcerptSelector();
    private final Map<String, SourceInfo> sources = new ConcurrentHashMap<>();
    private volatile PlaceDirectory places = PlaceDirectory.EMPTY;
    /** Per document: the folded words of its reference and issuer, and the keys of its places and regions. */
    private record Designation(Set<String> words, Set<String> places, Set<String> regions) {
    }

    private volatile Map<String, Designation> designations = Map.of();
    private final WordSplitter splitter = new WordSplitter();

    /**
     * Opens (or creates) the index.
     *
     * @param path directory of an on-disk index, or {@code null} for an in-memory index
     */
    public DocumentIndex(Path path) throws IOException {
        this(path, new SearchPlanner());
    }

    public DocumentIndex(Path path, SearchPlanner planner) throws IOException {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.directory = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer()).setOpenMode(OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.writer.commit();
        this.searcherManager = new SearcherManager(writer, null);
        loadSources();
    }

    /** Creates an in-memory index. */
    public static DocumentIndex inMemory() {
        try {
            return new DocumentIndex(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create in-memory index", e);
        }
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = Map.of(
                TEXT_EXACT, new VietnameseAnalyzer(Variant.EXACT, true),
                TEXT_FOLDED, new VietnameseAnalyzer(Variant.FOLDED, true));
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(Variant.EXACT, true), perField);
    }

    /**
     * Replaces every indexed document by these documents; other sources (articles) stay as they are, so the
     * documents and the articles can be loaded at startup in either order. Running it twice gives the same index.
     */
    public void rebuild(Collection<LegalDocument> documents) {
        synchronized (writeLock) {
            try {
                writer.deleteDocuments(new Term(TYPE, SourceType.DOCUMENT.code()));
                sources.values().removeIf(s -> s.type() == SourceType.DOCUMENT);
                for (LegalDocument d : documents) {
                    List<IndexChunk> chunks = chunkSplitter.splitAll(chunker.chunk(d));
                    writer.addDocuments(chunks.stream().map(mapper::toDocument).toList());
                    sources.put(d.id(), chunks.get(0).source());
                }
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rebuild the index", e);
            }
        }
    }

    /** Adds a document, or replaces all chunks of the document with the same id. */
    public void upsert(LegalDocument document) {
        List<IndexChunk> chunks = chunker.chunk(document);
        replace(document.id(), chunks);
    }

    /**
     * Adds or replaces all chunks of one source (a document or an article). All chunks must
     * belong to {@code sourceId}.
     */
    public void replace(String sourceId, List<IndexChunk> chunks) {
        if (chunks.isEmpty() || chunks.stream().anyMatch(c -> !c.source().documentId().equals(sourceId))) {
            throw new IllegalArgumentException("chunks must be non-empty and all belong to " + sourceId);
        }
        synchronized (writeLock) {
            try {
                writer.updateDocuments(new Term(DOCUMENT_ID, sourceId),
                        chunkSplitter.splitAll(chunks).stream().map(mapper::toDocument).toList());
                sources.put(sourceId, chunks.get(0).source());
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index " + sourceId, e);
            }
        }
    }

    /**
     * Makes these sources the only ones of their type (the articles at startup), in one commit: every indexed source
     * of {@code type} not among them leaves the index, the others are added or replaced; other types stay. Each
     * source's chunks must be non-empty, of that type and belong to it.
     */
    public void replaceAll(SourceType type, Map<String, List<IndexChunk>> chunksBySource) {
        chunksBySource.forEach((id, chunks) -> {
            if (chunks.isEmpty() || chunks.stream().anyMatch(c -> !c.source().documentId().equals(id) || c.source().type() != type)) {
                throw new IllegalArgumentException("chunks must be non-empty, of type " + type.code() + " and all belong to " + id);
            }
        });
        synchronized (writeLock) {
            try {
                writer.deleteDocuments(new Term(TYPE, type.code()));
                sources.values().removeIf(s -> s.type() == type);
                for (Map.Entry<String, List<IndexChunk>> e : chunksBySource.entrySet()) {
                    writer.updateDocuments(new Term(DOCUMENT_ID, e.getKey()),
                            chunkSplitter.splitAll(e.getValue()).stream().map(mapper::toDocument).toList());
                    sources.put(e.getKey(), e.getValue().get(0).source());
                }
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index the sources of type " + type.code(), e);
            }
        }
    }

    /** Removes every chunk of a source (a document or an article); unknown ids are ignored. */
    public void delete(String documentId) {
        synchronized (writeLock) {
            try {
                writer.deleteDocuments(new Term(DOCUMENT_ID, documentId));
                sources.remove(documentId);
                commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + documentId, e);
            }
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searcherManager.maybeRefreshBlocking();
        refreshDirectories();
    }

    private void refreshDirectories() {
        places = PlaceDirectory.of(sources.values());
        Map<String, Designation> byDocument = new HashMap<>();
        for (SourceInfo s : sources.values()) {
            if (s.type() != SourceType.DOCUMENT) {
                continue;
            }
            Set<String> folded = new HashSet<>();
            splitter.split(s.reference() + " " + s.issuer()).forEach(w -> folded.add(w.folded()));
            byDocument.put(s.documentId(), new Designation(Set.copyOf(folded),
                    Set.copyOf(s.places().stream().map(PlaceDirectory::keyOf).toList()),
                    Set.copyOf(s.regions().stream().map(PlaceDirectory::keyOf).toList())));
        }
        designations = Map.copyOf(byDocument);
    }

    /**
     * Folded words that name the documents a plan is restricted to ("kế hoạch", "tỉnh ủy" for "kế hoạch của Tỉnh ủy
     * Tiền Giang"): words of the reference and issuer common to all of them. Empty for a plan without place or number.
     */
    private Set<String> designators(SearchPlan plan) {
        PlaceMention m = plan.places();
        if (!m.namesKnownPlace()) {
            return Set.of();
        }
        Set<String> common = null;
        for (Map.Entry<String, Designation> e : designations.entrySet()) {
            Designation d = e.getValue();
            boolean targeted = m.documentIds().contains(e.getKey())
                    || (m.documentIds().isEmpty() && (!m.places().isEmpty()
                            ? m.places().stream().anyMatch(d.places()::contains)
                            : m.regions().stream().anyMatch(d.regions()::contains)));
            if (targeted) {
                if (common == null) {
                    common = new HashSet<>(d.words());
                } else {
                    common.retainAll(d.words());
                }
            }
        }
        return common == null ? Set.of() : common;
    }

    /** Searches all types. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, Optional.empty());
    }

    /**
     * Searches section chunks. Places named in the query restrict the results to their documents;
     * {@code type} ("document", "article") restricts the source type.
     */
    public List<SearchHit> search(String query, int limit, Optional<String> type) {
        if (limit <= 0) {
            return List.of();
        }
        return search(plan(query, limit, type.map(SourceType::fromCode)), 0, limit).hits();
    }

    /**
     * One page of the hits of a plan, best first: {@code count} hits from the {@code offset}-th (0-based), with
     * the exact number of chunks the plan matches. The plan's own limit is not used.
     */
    public SearchHits search(SearchPlan plan, int offset, int count) {
        if (offset < 0 || count < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and count >= 1");
        }
        if (!plan.hasTerms() && !plan.places().namesKnownPlace()) {
            return new SearchHits(List.of(), 0);
        }
        IndexSearcher searcher = acquire();
        try {
            int wanted = (int) Math.min((long) offset + count, Math.max(1, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(queryFactory.build(plan, designators(plan)),
                    new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                IndexChunk c = caches.chunk(searcher.getIndexReader(), stored, sd.doc);
                SourceInfo s = c.source();
                hits.add(new SearchHit(s.documentId(), s.title(), s.issuer(), c.section(), excerpts.select(c, plan),
                        sd.score, s.type().code(), s.url(), List.of(), 0));
            }
            return new SearchHits(hits, Math.toIntExact(top.totalHits.value));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * One page of the hits of a plan grouped by document or article, as the search page shows them: each result is
     * the best-scoring section of one source, with the labels of its next {@value #OTHER_SECTIONS} matching sections
     * and the number of all its other matching sections; {@code count} results from the {@code offset}-th (0-based)
     * and how many sources match in all. A plan split into fifty matching sections is one result, not fifty that
     * push every other source off the page. The best {@value #GROUPED_HITS} sections are grouped; a source whose
     * only matches rank below them is not counted.
     */
    public SearchHits searchGrouped(SearchPlan plan, int offset, int count) {
        if (offset < 0 || count < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and count >= 1");
        }
        if (!plan.hasTerms() && !plan.places().namesKnownPlace()) {
            return new SearchHits(List.of(), 0);
        }
        IndexSearcher searcher = acquire();
        try {
            int wanted = Math.min(GROUPED_HITS, Math.max(1, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(queryFactory.build(plan, designators(plan)), wanted);
            StoredFields stored = searcher.storedFields();
            Map<String, List<ScoreDoc>> groups = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String source = stored.document(sd.doc, SOURCE_FIELDS).get(DOCUMENT_ID);
                groups.computeIfAbsent(source, key -> new ArrayList<>()).add(sd);
            }
            List<SearchHit> hits = new ArrayList<>();
            for (List<ScoreDoc> group : groups.values().stream().skip(offset).limit(count).toList()) {
                IndexChunk best = caches.chunk(searcher.getIndexReader(), stored, group.get(0).doc);
                SourceInfo s = best.source();
                List<String> others = new ArrayList<>();
                for (ScoreDoc other : group.subList(1, Math.min(group.size(), 1 + OTHER_SECTIONS))) {
                    others.add(caches.chunk(searcher.getIndexReader(), stored, other.doc).section());
                }
                hits.add(new SearchHit(s.documentId(), s.title(), s.issuer(), best.section(),
                        excerpts.select(best, plan), group.get(0).score, s.type().code(), s.url(), others,
                        group.size() - 1));
            }
            return new SearchHits(hits, groups.size());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searcher);
        }
    }

    /** Plans a query against the current content (places, vocabulary). */
    @Override
    public SearchPlan plan(String query, int limit, Optional<SourceType> type) {
        return planner.plan(query, limit, type, places, this::containsTerm);
    }

    /** Runs a plan and returns whole passages, best first. */
    @Override
    public List<Passage> retrieve(SearchPlan plan) {
        if (plan.limit() <= 0 || (!plan.hasTerms() && !plan.places().namesKnownPlace())) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(queryFactory.build(plan, designators(plan)), plan.limit());
            StoredFields stored = searcher.storedFields();
            List<Passage> passages = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                passages.add(new Passage(caches.chunk(searcher.getIndexReader(), stored, sd.doc), sd.score));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Inverse document frequency of folded syllables over chunks: {@code ln(1 + (N - df + 0.5) / (df + 0.5))}.
     * A syllable absent from the index gets the highest value.
     */
    @Override
    public double[] inverseDocumentFrequencies(List<String> foldedTerms) {
        IndexSearcher searcher = acquire();
        try {
            return inverseFrequencies(foldedTerms, searcher.getIndexReader().numDocs(), term -> caches.docFreq(searcher, term));
        } finally {
            release(searcher);
        }
    }

    /** As {@link #inverseDocumentFrequencies}, over the chunks of directives and plans (all chunks when there are none). */
    @Override
    public double[] documentInverseFrequencies(List<String> foldedTerms) {
        IndexSearcher searcher = acquire();
        try {
            int chunks = caches.documentChunksWith(searcher, ReaderCaches.DOCUMENTS);
            if (chunks == 0) {
                return inverseDocumentFrequencies(foldedTerms);
            }
            return inverseFrequencies(foldedTerms, chunks, term -> caches.documentChunksWith(searcher, term));
        } finally {
            release(searcher);
        }
    }

    /** {@code ln(1 + (N - df + 0.5) / (df + 0.5))} of each folded syllable, {@code df} counted over {@code chunks}. */
    private static double[] inverseFrequencies(List<String> foldedTerms, int chunks, ToIntFunction<Term> chunksWith) {
        int n = Math.max(1, chunks);
        double[] idf = new double[foldedTerms.size()];
        for (int i = 0; i < idf.length; i++) {
            int df = chunksWith.applyAsInt(new Term(TEXT_FOLDED, foldedTerms.get(i)));
            idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
        return idf;
    }

    /** How many of these folded terms or syllable bigrams ("do luong") occur in the indexed text. */
    @Override
    public int countKnownTerms(List<String> foldedTerms) {
        IndexSearcher searcher = acquire();
        try {
            int known = 0;
            for (String t : foldedTerms) {
                if (caches.docFreq(searcher, new Term(TEXT_FOLDED, t)) > 0) {
                    known++;
                }
            }
            return known;
        } finally {
            release(searcher);
        }
    }

    @Override
    public int countKnownDocumentTerms(List<String> foldedTerms) {
        IndexSearcher searcher = acquire();
        try {
            return (int) foldedTerms.stream().filter(t -> caches.documentChunksWith(searcher, new Term(TEXT_FOLDED, t)) > 0).count();
        } finally {
            release(searcher);
        }
    }

    @Override
    public boolean[] knownTerms(List<String> foldedTerms) {
        IndexSearcher searcher = acquire();
        try {
            boolean[] known = new boolean[foldedTerms.size()];
            for (int i = 0; i < known.length; i++) {
                known[i] = caches.docFreq(searcher, new Term(TEXT_FOLDED, foldedTerms.get(i))) > 0;
            }
            return known;
        } finally {
            release(searcher);
        }
    }

    @Override
    public boolean mentionsTogether(List<String> foldedTerms) {
        if (foldedTerms.isEmpty()) {
            return true;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        foldedTerms.forEach(t -> all.add(new TermQuery(new Term(TEXT_FOLDED, t)), BooleanClause.Occur.FILTER));
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(all.build()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searcher);
        }
    }

    /** Whether a folded syllable occurs in the indexed text. */
    public boolean containsTerm(String folded) {
        IndexSearcher searcher = acquire();
        try {
            return caches.docFreq(searcher, new Term(TEXT_FOLDED, folded)) > 0;
        } finally {
            release(searcher);
        }
    }

    /** The chunk with this key ("documentId#anchor"), if indexed. */
    @Override
    public Optional<IndexChunk> chunk(String documentId, String anchor) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(KEY, documentId + "#" + anchor)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(caches.chunk(searcher.getIndexReader(), searcher.storedFields(), top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chunk " + documentId + "#" + anchor, e);
        } finally {
            release(searcher);
        }
    }

    /** Sources currently indexed, by id. */
    @Override
    public Map<String, SourceInfo> sources() {
        return Map.copyOf(sources);
    }

    /** Places governed by the indexed sources. */
    public PlaceDirectory places() {
        return places;
    }

    /** Number of indexed chunks (Lucene documents). */
    public int chunkCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private void loadSources() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            StoredFields stored = reader.storedFields();
            Map<String, SourceInfo> found = new LinkedHashMap<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = stored.document(doc);
                found.putIfAbsent(d.get(DOCUMENT_ID), mapper.toChunk(d).source());
            }
            sources.putAll(found);
        }
        refreshDirectories();
    }

    private IndexSearcher acquire() {
        try {
            return searcherManager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire a searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searcherManager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher", e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            try (Directory d = directory; IndexWriter w = writer; SearcherManager m = searcherManager) {
                w.commit();
            }
        }
    }
}
