package vn.tdc.portal.document.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tdc.portal.document.domain.LegalDocument;
import vn.tdc.portal.document.domain.Section;
import vn.tdc.portal.document.infrastructure.SeedDocuments;
import vn.tdc.portal.search.infrastructure.DocumentIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The documents the portal knows (the plans shipped in {@code content/} and those editors upload), kept in step
 * with the search index: every document in the catalog is searchable and citable, and only those.
 */
@ApplicationScoped
public class DocumentCatalog {

    private static final Logger LOG = Logger.getLogger(DocumentCatalog.class.getName());
    private static final Comparator<DocumentSummary> LIBRARY_ORDER = Comparator
            .comparingInt(DocumentSummary::year).reversed()
            .thenComparing(DocumentSummary::issuer)
            .thenComparing(DocumentSummary::id);

    @Inject
    DocumentIndex index;

    @Inject
    SeedDocuments seeds;

    private final Map<String, LegalDocument> documents = new ConcurrentHashMap<>();
    private volatile long indexBuildMillis;

    /** Built when the application starts, not at the first request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine(() -> documents.size() + " documents in the catalog");
    }

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        List<LegalDocument> all = seeds.load();
        all.forEach(d -> documents.put(d.id(), d));
        index.rebuild(all);
        indexBuildMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Indexed " + all.size() + " documents in " + indexBuildMillis + " ms");
    }

    public List<DocumentSummary> list(DocumentFilter filter) {
        return documents.values().stream()
                .map(d -> DocumentSummary.of(d.metadata()))
                .filter(filter::accepts)
                .sorted(LIBRARY_ORDER)
                .toList();
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
