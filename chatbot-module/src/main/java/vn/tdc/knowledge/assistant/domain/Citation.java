package vn.tdc.knowledge.assistant.domain;

import vn.tdc.knowledge.document.domain.AdministrativeLevel;

/**
 * A passage an answer quotes.
 *
 * @param section citation label ("III.2 — Phòng Kinh tế, Hạ tầng và Đô thị phường")
 * @param excerpt the quoted text
 * @param type    "document" (later "article")
 * @param url     link of an article; empty for documents
 * @param level   tier of the source: "xa" (ward), "tinh" (province), "quoc-gia" (national)
 */
public record Citation(String documentId, String title, String issuer, String section, String excerpt, String type, String url,
        String level) {

    /** A citation of a national source (or one whose tier is unknown). */
    public Citation(String documentId, String title, String issuer, String section, String excerpt, String type, String url) {
        this(documentId, title, issuer, section, excerpt, type, url, AdministrativeLevel.NATIONAL.code());
    }
}
