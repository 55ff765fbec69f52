package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.application.DocumentFormatException;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.portal.document.domain.StoredDocumentRepository;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.portal.search.application.IndexedSource;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The documents the portal knows (the plans shipped in {@code content/} and those editors upload), kept in step
 * with the search index: every document in the catalog is searchable and citable, and only those.
 *
 * <p>Rules: the seeds of {@code content/documents} are read-only, so {@link #add}, {@link #replace} and
 * {@link #remove} refuse their ids; a change reaches the index before the catalog, so a failed index write leaves
 * the catalog as it was. {@link #load} runs once at startup ({@link DocumentCatalogStartup}, after the database
 * migrations): seeds plus every uploaded document stored in the database, indexed from scratch. A document changed by
 * another node of a cluster is taken again from the database by {@link #refresh} (the search change log's follower).
 */
@ApplicationScoped
public class DocumentCatalog implements IndexedSource {

    private static final Logger LOG = Logger.getLogger(DocumentCatalog.class.getName());
    private static final Comparator<DocumentSummary> LIBRARY_ORDER = Comparator
            .comparingInt(DocumentSummary::year).reversed()
            .thenComparing(DocumentSummary::issuer)
            .thenComparing(DocumentSummary::id);

    @Inject
    DocumentIndex index;

    @Inject
    SeedDocuments seeds;

    @Inject
    StoredDocumentRepository storedDocuments;

    private final LegalDocumentParser contentParser = new LegalDocumentParser();
    private final Map<String, LegalDocument> documents = new ConcurrentHashMap<>();
    private final Set<String> seedIds = ConcurrentHashMap.newKeySet();
    private volatile long indexBuildMillis;

    /**
     * Reads the seeds and the uploaded documents and rebuilds the index from them. An uploaded document whose stored
     * text cannot be read any more is logged and left out (it stays in the database and can be deleted or replaced by a
     * new file), so one bad row does not keep the portal from starting.
     */
    public void load() {
        long start = System.nanoTime();
        List<LegalDocument> seedDocuments = seeds.load();
        List<LegalDocument> all = new ArrayList<>(seedDocuments);
        seedDocuments.forEach(d -> seedIds.add(d.id()));
        for (String content : storedDocuments.findAllContents()) {
            readStored(content).ifPresent(all::add);
        }
        index.rebuild(all);
        documents.clear();
        all.forEach(d -> documents.put(d.id(), d));
        indexBuildMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Indexed " + all.size() + " documents (" + seedDocuments.size() + " from content/) in "
                + indexBuildMillis + " ms");
    }

    private Optional<LegalDocument> readStored(String content) {
        try {
            LegalDocument document = contentParser.parse(content, "legal_document");
            if (seedIds.contains(document.id())) {
                LOG.warning(() -> "Uploaded document " + document.id() + " has the id of a document in content/; "
                        + "the one in content/ is kept");
                return Optional.empty();
            }
            return Optional.of(document);
        } catch (DocumentFormatException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "An uploaded document's stored text cannot be read; it is not searchable", e);
            return Optional.empty();
        }
    }

    /** Whether the id is a read-only document shipped in {@code content/documents}. */
    public boolean isSeed(String id) {
        return id != null && seedIds.contains(id);
    }

    public boolean contains(String id) {
        return id != null && documents.containsKey(id);
    }

    /** Makes an uploaded document searchable and citable at once. */
    public void add(LegalDocument document) {
        put(document);
    }

    /** Replaces an uploaded document (same id): the old sections leave the index, the new ones enter it. */
    public void replace(LegalDocument document) {
        put(document);
    }

    /** Takes an uploaded document out of the library and the index; unknown ids are ignored. */
    public void remove(String id) {
        refuseSeed(id);
        index.delete(id);
        documents.remove(id);
    }

    @Override
    public SearchChangeKind kind() {
        return SearchChangeKind.DOCUMENT;
    }

    /**
     * Makes the catalog and the index hold what the database holds now for an uploaded document (another node
     * uploaded, replaced or deleted it): its stored text, or nothing when the row is gone or its text cannot be read
     * any more (as at startup). The seeds are left as they are.
     */
    @Override
    public void refresh(String id) {
        if (isSeed(id)) {
            return;
        }
        Optional<LegalDocument> stored = storedDocuments.findContent(id).flatMap(this::readStored);
        if (stored.isPresent()) {
            put(stored.get());
        } else {
            index.delete(id);
            documents.remove(id);
        }
    }

    private void put(LegalDocument document) {
        refuseSeed(document.id());
        index.upsert(document);
        documents.put(document.id(), document);
    }

    private void refuseSeed(String id) {
        if (isSeed(id)) {
            throw new IllegalArgumentException("the document " + id + " in content/ is read-only");
        }
    }

    public List<DocumentSummary> list(DocumentFilter filter) {
        return documents.values().stream()
                .map(d -> DocumentSummary.of(d.metadata()))
                .filter(filter::accepts)
                .sorted(LIBRARY_ORDER)
                .toList();
    }

    /**
     * The library as a ward sees it: its own documents first, then its province's, then national ones, then the
     * other places' (each part in the library's order). {@code unitChain} is the ward's slug and those above it,
     * nearest first.
     */
    public List<DocumentSummary> list(DocumentFilter filter, List<String> unitChain) {
        return list(filter).stream()
                .sorted(Comparator.comparingInt(document -> closeness(document, unitChain)))
                .toList();
    }

    private static int closeness(DocumentSummary document, List<String> unitChain) {
        if (document.unit().isEmpty()) {
            return unitChain.size();
        }
        int position = unitChain.indexOf(document.unit());
        return position < 0 ? unitChain.size() + 1 : position;
    }

    /**
     * The chain of documents a ward's plan carries out, from the directive down to the plan itself (Chỉ thị 38 →
     * Quyết định 1703 → the province's plan → the ward's), as the plan's header names them; a link of the chain is
     * the library's document when one has its number. Empty when the library holds no plan of the ward.
     */
    public List<ChainLink> chainOf(String wardSlug) {
        Optional<DocumentSummary> plan = list(DocumentFilter.NONE).stream()
                .filter(document -> document.unit().equals(wardSlug))
                .filter(document -> !document.basis().isEmpty())
                .findFirst();
        if (plan.isEmpty()) {
            return List.of();
        }
        List<DocumentSummary> library = list(DocumentFilter.NONE);
        List<ChainLink> chain = new java.util.ArrayList<>();
        for (String cited : plan.get().basis()) {
            chain.add(new ChainLink(cited, library.stream()
                    .filter(document -> hasNumber(document) && cited.contains(document.number()))
                    .map(DocumentSummary::id).findFirst().orElse(null)));
        }
        chain.add(new ChainLink(plan.get().title(), plan.get().id()));
        return List.copyOf(chain);
    }

    private static boolean hasNumber(DocumentSummary document) {
        return document.number().chars().anyMatch(Character::isDigit);
    }

    /** A document of a chain: how the plan cites it, and its id when the library has it ({@code null} otherwise). */
    public record ChainLink(String title, String documentId) {
    }

    public Optional<DocumentDetail> find(String id) {
        return Optional.ofNullable(id).map(documents::get).map(DocumentCatalog::detail);
    }

    public int size() {
        return documents.size();
    }

    public long indexBuildMillis() {
        return indexBuildMillis;
    }

    private static DocumentDetail detail(LegalDocument document) {
        List<SectionView> contents = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        document.sections().forEach(s -> walk(s, 0, contents, sections));
        var m = document.metadata();
        return new DocumentDetail(DocumentSummary.of(m), m.signer(), m.signedFor(), contents, sections);
    }

    private static void walk(Section section, int level, List<SectionView> contents, List<SectionView> sections) {
        SectionView view = SectionView.of(section, level);
        sections.add(view);
        if (view.isOutline()) {
            contents.add(view);
        }
        section.children().forEach(child -> walk(child, level + 1, contents, sections));
    }
}
