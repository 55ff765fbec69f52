package vn.tdc.portal.document.infrastructure;

import vn.tdc.portal.unit.infrastructure.ScopedByCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.document.domain.StoredDocument;
import vn.tdc.portal.document.domain.StoredDocumentRepository;
import vn.tdc.portal.search.domain.SearchChangeAction;
import vn.tdc.portal.search.domain.SearchChangeKind;
import vn.tdc.portal.search.domain.SearchChangeRepository;

import java.util.List;
import java.util.Optional;

/**
 * Uploaded documents in {@code legal_document}; every method is its own transaction (see the interface). A write
 * also writes its row of the search change log in that transaction, for the indexes of the other nodes.
 */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaStoredDocumentRepository implements StoredDocumentRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    SearchChangeRepository changes;

    @Override
    public Optional<StoredDocument> findById(String id) {
        return Optional.ofNullable(em.find(StoredDocument.class, id));
    }

    @Override
    public List<StoredDocument> findAll() {
        return em.createQuery("SELECT d FROM StoredDocument d ORDER BY d.updatedAt DESC, d.id", StoredDocument.class)
                .getResultList();
    }

    @Override
    public List<String> findAllContents() {
        return em.createQuery("SELECT d.content FROM StoredDocument d ORDER BY d.id", String.class).getResultList();
    }

    @Override
    public Optional<String> findContent(String id) {
        return em.createQuery("SELECT d.content FROM StoredDocument d WHERE d.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * A native query: originals are stored once per content for the whole platform, so a file may be deleted only
     * when no document of any unit names it, whatever the caller may see.
     */
    @Override
    public long countByFile(String sha256) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM legal_document WHERE file_sha256 = ?1")
                .setParameter(1, sha256).getSingleResult();
        return count.longValue();
    }

    /** A native query: ids are unique across units, whatever the caller may see. */
    @Override
    public boolean idTaken(String id) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM legal_document WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void add(StoredDocument document) {
        em.persist(document);
        em.flush();
        changes.record(SearchChangeKind.DOCUMENT, document.id(), SearchChangeAction.UPSERT);
    }

    @Override
    public void update(StoredDocument document) {
        em.merge(document);
        em.flush();
        changes.record(SearchChangeKind.DOCUMENT, document.id(), SearchChangeAction.UPSERT);
    }

    @Override
    public boolean remove(String id) {
        StoredDocument document = em.find(StoredDocument.class, id);
        if (document == null) {
            return false;
        }
        em.remove(document);
        em.flush();
        changes.record(SearchChangeKind.DOCUMENT, id, SearchChangeAction.DELETE);
        return true;
    }
}
