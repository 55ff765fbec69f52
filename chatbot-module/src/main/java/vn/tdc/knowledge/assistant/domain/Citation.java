package vn.tdc.knowledge.assistant.domain;

/**
 * A passage an answer quotes.
 *
 * @param section citation label ("III.2 — Phòng Kinh tế, Hạ tầng và Đô thị phường")
 * @param excerpt the quoted text
 * @param type    "document" (later "article")
 * @param url     link of an article; empty for documents
 */
public record Citation(String documentId, String title, String issuer, String section, String excerpt, String type, String url) {
}
