package vn.tdc.portal.document.domain;

import java.util.List;
import java.util.Optional;

/**
 * Uploaded documents as stored in the database. Each call is one transaction, committed when the call returns: the
 * caller knows a row is durable before it changes the search index or the file store. {@link #add}, {@link #update} and
 * {@link #remove} write the change to the search change log in the same transaction (the other nodes' indexes follow
 * it).
 */
public interface StoredDocumentRepository {

    Optional<StoredDocument> findById(String id);

    /** Every uploaded document, most recently changed first (the text is not needed for a listing). */
    List<StoredDocument> findAll();

    /** The stored text (content-file format) of every uploaded document, to index them at startup. */
    List<String> findAllContents();

    /** The stored text of one document. */
    Optional<String> findContent(String id);

    /** How many documents name this original file. */
    long countByFile(String sha256);

    /** Whether a document of any unit has this id (ids are the platform's, one per national document number). */
    boolean idTaken(String id);

    void add(StoredDocument document);

    void update(StoredDocument document);

    /** Removes the document; false when there was none with this id. */
    boolean remove(String id);
}
