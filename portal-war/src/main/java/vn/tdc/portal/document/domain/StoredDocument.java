package vn.tdc.portal.document.domain;

import vn.tdc.portal.unit.domain.UnitScope;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tdc.knowledge.document.upload.DocumentKind;
import vn.tdc.knowledge.document.upload.DocumentType;
import vn.tdc.portal.platform.persistence.AuditedEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * A document an editor uploaded: its metadata, its cleaned text in the content-file format (what is indexed) and
 * the original file it was read from. The id never changes, even when a replacement changes kind, number or issuer,
 * so links to {@code /van-ban/{id}} and citations stay valid.
 */
@Entity
@Table(name = "legal_document")
@AdditionalCriteria(UnitScope.CRITERION)
public class StoredDocument extends AuditedEntity {

    @Id
    @Column(length = 100)
    private String id;

    /** The ward (or province, or the root) the row belongs to; see {@link UnitScope}. */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private AdministrativeUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @Column(nullable = false, length = 200)
    private String number;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 200)
    private String region;

    @Column(nullable = false, length = 200)
    private String issued;

    @Column(nullable = false, length = 200)
    private String signer;

    @Column(name = "signed_for", nullable = false, length = 200)
    private String signedFor;

    @Column(nullable = false, length = 1000)
    private String title;

    /** Loaded only when read: listings do not need the text. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String content;

    @Column(name = "file_name", nullable = false, length = OriginalFile.MAX_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 16)
    private DocumentType fileType;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Version
    private long version;

    protected StoredDocument() {
    }

    /**
     * @param metadata its id is the document's id for good; {@code source} is not kept (it is the file's name)
     * @param content  the document in the content-file format, as indexed
     */
    public StoredDocument(long unitId, DocumentKind kind, DocumentMetadata metadata, String content, OriginalFile file, String user,
                          Instant now) {
        this.id = metadata.id();
        this.unitId = unitId;
        recordCreation(user, now);
        apply(kind, metadata, content, file, user, now);
    }

    /** A new version of the same document: metadata, text and possibly the file change; the id does not. */
    public void replace(DocumentKind newKind, DocumentMetadata metadata, String newContent, OriginalFile file,
                        String user, Instant now) {
        if (!metadata.id().equals(id)) {
            throw new IllegalArgumentException("a replacement keeps the id " + id + ", not " + metadata.id());
        }
        apply(newKind, metadata, newContent, file, user, now);
    }

    private void apply(DocumentKind newKind, DocumentMetadata metadata, String newContent, OriginalFile file,
                       String user, Instant now) {
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.number = metadata.number();
        this.issuer = metadata.issuer();
        this.place = metadata.place();
        this.region = metadata.region();
        this.issued = metadata.issued();
        this.signer = metadata.signer();
        this.signedFor = metadata.signedFor();
        this.title = metadata.title();
        this.content = Objects.requireNonNull(newContent, "content");
        this.fileName = file.name();
        this.fileType = file.type();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        recordChange(Objects.requireNonNull(user, "user"), now);
    }

    public String id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The metadata as the catalog knows it; {@code source} is the original file's name. */
    public DocumentMetadata metadata() {
        return new DocumentMetadata(id, kind.label(), number, issuer, place, region, issued, signer, signedFor, title,
                fileName);
    }

    /**
     * The text in the content-file format. Loaded lazily by JPA: outside a transaction read it with
     * {@link StoredDocumentRepository#findContent} instead.
     */
    public String content() {
        return content;
    }

    public OriginalFile originalFile() {
        return new OriginalFile(fileName, fileType, fileSize, fileSha256);
    }

    public long unitId() {
        return unitId;
    }
}
