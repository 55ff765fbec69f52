package vn.tdc.portal.document.application;

import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.knowledge.document.application.FrontMatterParser;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.portal.document.domain.OriginalFile;
import vn.tdc.portal.document.domain.StoredDocument;
import vn.tdc.portal.document.domain.StoredDocumentRepository;
import vn.tdc.portal.document.infrastructure.OriginalFileStore;
import vn.tdc.portal.document.infrastructure.OriginalFileStore.StoredFile;
import vn.tdc.knowledge.document.upload.ContentFileWriter;
import vn.tdc.knowledge.document.upload.DocumentKind;
import vn.tdc.knowledge.document.upload.DocumentType;
import vn.tdc.knowledge.document.upload.DocumentTypeDetector;
import vn.tdc.knowledge.document.upload.DocumentUploadException;
import vn.tdc.knowledge.document.upload.DocumentUploadParser;
import vn.tdc.knowledge.document.upload.EmptyDocumentException;
import vn.tdc.knowledge.document.upload.InvalidUploadMetadataException;
import vn.tdc.knowledge.document.upload.UploadMetadata;
import vn.tdc.knowledge.document.upload.UploadedDocument;
import vn.tdc.knowledge.document.upload.UploadedFile;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Uploading, replacing and deleting documents (EDITOR, ADMIN), for the page and the API.
 *
 * <p>The order of work leaves nothing half-done when a step fails:
 * <ol>
 *   <li>the file is read and sectioned in memory ({@link DocumentUploadParser}); a rejected file changes nothing;</li>
 *   <li>the original is stored under its SHA-256 ({@link OriginalFileStore}: temporary file, then atomic move);</li>
 *   <li>the row is written and committed ({@link StoredDocumentRepository}, one transaction per call); if that fails,
 *       a file this call stored is removed again;</li>
 *   <li>the {@link DocumentCatalog} and its search index take the document, which is searchable and citable at once.</li>
 * </ol>
 * The stored text is the content-file format ({@link ContentFileWriter}) and the catalog gets the document parsed
 * back from that text, so what is searchable now is exactly what is loaded after a restart. Writes are serialised by
 * one lock (uploads are rare; parsing, the slow part, happens before it). Rules: the id of a new document is the
 * slug of kind, number and issuer and must be new; a replacement keeps its id whatever its new metadata; the seeds of
 * {@code content/} are read-only (409); an original file is deleted with the last document that uses it.
 */
@ApplicationScoped
public class DocumentUploadService {

    private static final Logger LOG = Logger.getLogger(DocumentUploadService.class.getName());

    /** The stored text must fit MySQL/MariaDB's default packet (16 MB) with room to spare. */
    static final long MAX_TEXT_BYTES = 15L * 1024 * 1024;

    @Inject
    CallerScopes scopes;

    @Inject
    UnitDirectory units;

    @Inject
    StoredDocumentRepository repository;

    @Inject
    OriginalFileStore files;

    @Inject
    DocumentCatalog catalog;

    /**
     * Most characters of text one upload may hold; a file holding more is refused with 413 before its text is held
     * in memory whole (see {@link DocumentUploadParser}).
     */
    @Inject
    @ConfigProperty(name = "portal.documents.max-text-chars", defaultValue = "1000000")
    long maxTextChars = DocumentUploadParser.DEFAULT_MAX_TEXT_CHARS;

    Clock clock = Clock.systemUTC();

    private volatile DocumentUploadParser parser;
    private final DocumentTypeDetector detector = new DocumentTypeDetector();
    private final LegalDocumentParser contentParser = new LegalDocumentParser();
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final Object writeLock = new Object();

    /** The largest file accepted, in bytes (20 MB). */
    public long maxFileBytes() {
        return parser().maxBytes();
    }

    /** The most characters of text a file may hold ({@code portal.documents.max-text-chars}). */
    public long maxTextChars() {
        return parser().maxTextChars();
    }

    private DocumentUploadParser parser() {
        DocumentUploadParser current = parser;
        if (current == null || current.maxTextChars() != maxTextChars) {
            current = new DocumentUploadParser(DocumentUploadParser.DEFAULT_MAX_BYTES, maxTextChars);
            parser = current;
        }
        return current;
    }

    /**
     * What the file is (PDF, DOCX, TXT, Markdown), judged from its bytes only, so a page can refuse a wrong file as
     * soon as it arrives; the full reading happens on {@link #create} or {@link #replace}.
     */
    public String checkFile(UploadedFile file) {
        if (file.size() == 0) {
            throw UploadRejections.invalid(UploadRejections.FILE_FIELD, EmptyDocumentException.EMPTY_FILE_MESSAGE);
        }
        if (file.size() > parser().maxBytes()) {
            throw tooLarge();
        }
        try {
            return detector.detect(file).label();
        } catch (DocumentUploadException e) {
            throw rejected(file, e);
        }
    }

    /** Reads, stores and indexes a new document; 409 if a document with its id exists. */
    public ManagedDocument create(UploadedFile file, DocumentFields fields, String user) {
        Prepared prepared = prepare(file, metadata(fields), Optional.empty(), scopes.currentUnit());
        String id = prepared.document().id();
        if (catalog.isSeed(id)) {
            throw ProblemException.of(ProblemKind.CONFLICT, "document.error.seed_exists", id);
        }
        synchronized (writeLock) {
            if (repository.idTaken(id)) {
                throw ProblemException.of(ProblemKind.CONFLICT, "document.error.exists", id);
            }
            StoredFile stored = files.store(file);
            try {
                repository.add(new StoredDocument(scopes.currentUnit().id(), prepared.kind(), prepared.document().metadata(), prepared.content(),
                        original(file, prepared.type(), stored), user, clock.instant()));
            } catch (RuntimeException e) {
                discardNew(stored);
                throw e;
            }
            catalog.add(prepared.document());
        }
        LOG.info(() -> "Document " + id + " uploaded by " + user + " (" + file.originalFilename() + ")");
        return find(id).orElseThrow();
    }

    /**
     * Replaces an uploaded document: new metadata, and a new file if one is given (otherwise the stored text is kept
     * under the new metadata). The id stays; the old file goes when no document uses it any more.
     */
    public ManagedDocument replace(String id, Optional<UploadedFile> file, DocumentFields fields, String user) {
        refuseSeed(id);
        UploadMetadata metadata = metadata(fields);
        StoredDocument current = require(id);
        UnitView unit = units.byId(current.unitId()).orElseThrow(() -> new IllegalStateException("no unit " + current.unitId()));
        Prepared prepared = file.isPresent()
                ? prepare(file.get(), metadata, Optional.of(id), unit)
                : retitle(current, metadata, unit);
        synchronized (writeLock) {
            StoredDocument latest = require(id);
            String previousFile = latest.originalFile().sha256();
            StoredFile stored = file.map(files::store).orElse(null);
            OriginalFile originalFile = stored == null
                    ? latest.originalFile()
                    : original(file.get(), prepared.type(), stored);
            latest.replace(prepared.kind(), prepared.document().metadata(), prepared.content(), originalFile, user,
                    clock.instant());
            try {
                repository.update(latest);
            } catch (RuntimeException e) {
                discardNew(stored);
                throw e;
            }
            catalog.replace(prepared.document());
            if (!originalFile.sha256().equals(previousFile)) {
                deleteIfUnused(previousFile);
            }
        }
        LOG.info(() -> "Document " + id + " replaced by " + user + (file.isPresent() ? " with a new file" : ""));
        return find(id).orElseThrow();
    }

    /** Deletes an uploaded document: row, index entry, and its file if no other document uses it. */
    public void delete(String id, String user) {
        refuseSeed(id);
        synchronized (writeLock) {
            StoredDocument document = require(id);
            if (!repository.remove(id)) {
                throw notFound(id);
            }
            catalog.remove(id);
            deleteIfUnused(document.originalFile().sha256());
        }
        LOG.info(() -> "Document " + id + " deleted by " + user);
    }

    /** Uploaded documents (most recent first), then the seeds in library order. */
    public List<ManagedDocument> list() {
        List<ManagedDocument> all = new ArrayList<>();
        for (StoredDocument document : repository.findAll()) {
            all.add(ManagedDocument.uploaded(document, sectionCount(document.id())));
        }
        catalog.list(DocumentFilter.NONE).stream()
                .filter(summary -> catalog.isSeed(summary.id()))
                .map(summary -> catalog.find(summary.id()).orElseThrow())
                .map(ManagedDocument::seed)
                .forEach(all::add);
        return all;
    }

    public Optional<ManagedDocument> find(String id) {
        if (catalog.isSeed(id)) {
            return catalog.find(id).map(ManagedDocument::seed);
        }
        return repository.findById(id).map(d -> ManagedDocument.uploaded(d, sectionCount(id)));
    }

    /** The original file of an uploaded document, to download it. */
    public Original original(String id) {
        if (catalog.isSeed(id)) {
            throw ProblemException.of(ProblemKind.NOT_FOUND, "document.error.no_original", id);
        }
        OriginalFile file = require(id).originalFile();
        if (!files.exists(file.sha256())) {
            throw new IllegalStateException("the original file " + file.sha256() + " of " + id + " is missing");
        }
        return new Original(id, file, files.path(file.sha256()));
    }

    /** An original file on disk and the name to download it under. */
    public record Original(String documentId, OriginalFile file, Path path) {

        /** The uploaded name, or the id with the type's extension when the upload had no name. */
        public String downloadName() {
            return file.name().isBlank() ? documentId + "." + file.extension() : file.name();
        }
    }

    /** The parsed document, its stored text, and what the file was recognised as. */
    private record Prepared(LegalDocument document, DocumentKind kind, String content, DocumentType type) {
    }

    private Prepared prepare(UploadedFile file, UploadMetadata metadata, Optional<String> keptId, UnitView unit) {
        UploadedDocument read;
        try {
            read = parser().read(file, metadata);
        } catch (DocumentUploadException e) {
            throw rejected(file, e);
        }
        DocumentMetadata documentMetadata = keptId.map(id -> withId(read.document().metadata(), id))
                .orElse(read.document().metadata());
        return prepared(metadata.kind(), ofUnit(documentMetadata, unit), read.body(), read.type());
    }

    /** The stored text under new metadata: the body is kept, only the front matter changes. */
    private Prepared retitle(StoredDocument current, UploadMetadata metadata, UnitView unit) {
        String content = repository.findContent(current.id()).orElseThrow(() -> notFound(current.id()));
        String body = frontMatterParser.parse(content, current.id()).body();
        DocumentMetadata documentMetadata = withId(metadata.toDocumentMetadata(current.originalFile().name()),
                current.id());
        return prepared(metadata.kind(), ofUnit(documentMetadata, unit), body, current.originalFile().type());
    }

    private Prepared prepared(DocumentKind kind, DocumentMetadata metadata, String body, DocumentType type) {
        String content = ContentFileWriter.write(metadata, body);
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw ProblemException.of(ProblemKind.TOO_LARGE, "document.error.text_too_long", MAX_TEXT_BYTES / (1024 * 1024));
        }
        return new Prepared(contentParser.parse(content, metadata.id()), kind, content, type);
    }

    private static UploadMetadata metadata(DocumentFields fields) {
        DocumentKind kind = DocumentKind.fromLabel(fields.getKind())
                .orElseThrow(() -> UploadRejections.invalid("kind", Messages.get("document.error.kind")));
        try {
            return new UploadMetadata(kind, fields.getNumber(), fields.getIssuer(), fields.getPlace(),
                    fields.getRegion(), fields.getIssued(), fields.getSigner(), fields.getSignedFor(),
                    fields.getTitle());
        } catch (InvalidUploadMetadataException e) {
            throw UploadRejections.of(e);
        }
    }

    private static DocumentMetadata withId(DocumentMetadata m, String id) {
        return new DocumentMetadata(id, m.kind(), m.number(), m.issuer(), m.place(), m.region(), m.issued(),
                m.signer(), m.signedFor(), m.title(), m.source(), m.unit(), m.level());
    }

    /**
     * The document belongs to the unit it is filed under (its {@code unit:} header, indexed): a ward's upload is a ward
     * document, a province's a provincial one, a platform administrator's a national one (a Chỉ thị) with no unit.
     */
    static DocumentMetadata ofUnit(DocumentMetadata m, UnitView unit) {
        return switch (unit.level()) {
            case XA -> m.withUnit(unit.slug(), AdministrativeLevel.WARD);
            case TINH -> m.withUnit(unit.slug(), AdministrativeLevel.PROVINCE);
            case NEN_TANG -> m.withUnit("", AdministrativeLevel.NATIONAL);
        };
    }

    private static OriginalFile original(UploadedFile file, DocumentType type, StoredFile stored) {
        return new OriginalFile(file.originalFilename(), type, stored.size(), stored.sha256());
    }

    private int sectionCount(String id) {
        return catalog.find(id).map(detail -> detail.sections().size()).orElse(0);
    }

    private StoredDocument require(String id) {
        return repository.findById(id).orElseThrow(() -> notFound(id));
    }

    private void refuseSeed(String id) {
        if (catalog.isSeed(id)) {
            throw ProblemException.of(ProblemKind.CONFLICT, "document.error.seed_read_only", id);
        }
    }

    private void discardNew(StoredFile stored) {
        if (stored != null && stored.created()) {
            files.delete(stored.sha256());
        }
    }

    private void deleteIfUnused(String sha256) {
        if (repository.countByFile(sha256) == 0) {
            files.delete(sha256);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.of(ProblemKind.NOT_FOUND, "document.error.not_found", id);
    }

    private ProblemException tooLarge() {
        return ProblemException.of(ProblemKind.TOO_LARGE, "document.error.file_too_large", parser().maxBytes() / (1024 * 1024));
    }

    private static ProblemException rejected(UploadedFile file, DocumentUploadException e) {
        LOG.info(() -> "Upload rejected (" + file + "): " + e.getMessage()
                + (e.getCause() == null ? "" : " — " + e.getCause()));
        return UploadRejections.of(e);
    }
}
