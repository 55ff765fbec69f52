package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.portal.document.domain.OriginalFile;
import vn.tdc.portal.document.domain.StoredDocument;
import vn.tdc.knowledge.document.upload.DocumentKind;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

/**
 * A document as editors manage it (page {@code /quan-tri/van-ban}, {@code /api/admin/documents}). {@code seed} marks
 * the read-only documents shipped in {@code content/} ("văn bản gốc"), which have no uploaded file and no audit
 * fields; {@code sections} counts the document's sections at every depth; {@code url} is its public page.
 */
public record ManagedDocument(String id, String kind, String kindCode, String number, String issuer, String place,
                              String region, String issued, String signer, String signedFor, String title,
                              String reference, boolean seed, String url, int sections, FileView file,
                              String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) implements Serializable {

    /** The original file; {@code url} downloads it. */
    public record FileView(String name, String type, String contentType, long size, String sha256, String url) implements Serializable {

        static FileView of(String documentId, OriginalFile file) {
            return new FileView(file.name(), file.type().label(), file.contentType(), file.size(), file.sha256(),
                    "/api/admin/documents/" + documentId + "/file");
        }

        public String readableSize() {
            return readable(size);
        }

        /** "1,2 MB", "350 KB", "12 byte" (Vietnamese decimal comma). */
        public static String readable(long size) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
            format.setMaximumFractionDigits(1);
            if (size >= 1024 * 1024) {
                return format.format(size / (1024.0 * 1024)) + " MB";
            }
            if (size >= 1024) {
                return format.format(size / 1024.0) + " KB";
            }
            return size + " byte";
        }
    }

    static ManagedDocument uploaded(StoredDocument document, int sections) {
        DocumentMetadata m = document.metadata();
        return new ManagedDocument(m.id(), m.kind(), document.kind().name(), m.number(), m.issuer(), m.place(),
                m.region(), m.issued(), m.signer(), m.signedFor(), m.title(), m.reference(), false, "/van-ban/" + m.id(),
                sections, FileView.of(m.id(), document.originalFile()), document.createdBy(), document.createdAt(),
                document.updatedBy(), document.updatedAt());
    }

    static ManagedDocument seed(DocumentDetail detail) {
        DocumentSummary s = detail.summary();
        String kindCode = DocumentKind.fromLabel(s.kind()).map(Enum::name).orElse(null);
        return new ManagedDocument(s.id(), s.kind(), kindCode, s.number(), s.issuer(), s.place(), s.region(),
                s.issued(), detail.signer(), detail.signedFor(), s.title(), s.reference(), true, "/van-ban/" + s.id(),
                detail.sections().size(), null, null, null, null, null);
    }
}
