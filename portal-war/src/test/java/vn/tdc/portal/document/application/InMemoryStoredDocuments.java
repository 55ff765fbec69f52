package vn.tdc.portal.document.application;

import vn.tdc.portal.document.domain.StoredDocument;
import vn.tdc.portal.document.domain.StoredDocumentRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository in memory; {@link #failNextWrite} makes the next add or update fail like a database error. */
final class InMemoryStoredDocuments implements StoredDocumentRepository {

    private final Map<String, StoredDocument> rows = new LinkedHashMap<>();
    private boolean failNextWrite;

    void failNextWrite() {
        failNextWrite = true;
    }

    int size() {
        return rows.size();
    }

    @Override
    public Optional<StoredDocument> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<StoredDocument> findAll() {
        List<StoredDocument> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(StoredDocument::updatedAt).reversed());
        return all;
    }

    @Override
    public List<String> findAllContents() {
        return rows.values().stream().map(StoredDocument::content).toList();
    }

    @Override
    public Optional<String> findContent(String id) {
        return findById(id).map(StoredDocument::content);
    }

    @Override
    public long countByFile(String sha256) {
        return rows.values().stream().filter(d -> d.originalFile().sha256().equals(sha256)).count();
    }

    @Override
    public boolean idTaken(String id) {
        return rows.containsKey(id);
    }

    @Override
    public void add(StoredDocument document) {
        failIfAsked();
        if (rows.putIfAbsent(document.id(), document) != null) {
            throw new IllegalStateException("duplicate key " + document.id());
        }
    }

    @Override
    public void update(StoredDocument document) {
        failIfAsked();
        rows.put(document.id(), document);
    }

    @Override
    public boolean remove(String id) {
        return rows.remove(id) != null;
    }

    private void failIfAsked() {
        if (failNextWrite) {
            failNextWrite = false;
            throw new IllegalStateException("simulated database failure");
        }
    }
}
