package vn.tdc.knowledge.search.domain;

import java.util.Objects;

/**
 * One retrievable unit of the index: a numbered section with its bullets (or the preamble, the closing,
 * a document's identification card, later an article paragraph).
 *
 * @param anchor  section anchor inside the source ("II.4"), unique per source
 * @param section citation label ("II.4 — Đầu tư, phối hợp xây dựng cơ sở dữ liệu")
 * @param context heading of the enclosing part ("II. NHIỆM VỤ VÀ GIẢI PHÁP"), searched but not shown
 * @param heading the section's own heading line ("4. Đầu tư, phối hợp…"), empty when it has none;
 *                the text starts with it
 * @param text    the passage, one line per heading, paragraph or bullet ("- …")
 * @param piece   1 for a section's chunk; 2, 3… for the further pieces of a section too long for one chunk
 *                ({@code search.application.ChunkSplitter}): they share the anchor, label and heading (so
 *                citations link to the same section) and their text continues the previous piece's
 */
public record IndexChunk(SourceInfo source, String anchor, String section, String context, String heading, String text,
                         int piece) {

    public IndexChunk {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(anchor, "anchor");
        section = section == null ? "" : section;
        context = context == null ? "" : context.strip();
        heading = heading == null ? "" : heading.strip();
        Objects.requireNonNull(text, "text");
        if (piece < 1) {
            throw new IllegalArgumentException("piece must be at least 1: " + piece);
        }
    }

    /** A section's (first) chunk. */
    public IndexChunk(SourceInfo source, String anchor, String section, String context, String heading, String text) {
        this(source, anchor, section, context, heading, text, 1);
    }

    /**
     * Unique key of the chunk in the index: "documentId#anchor" for a section's first piece,
     * "documentId#anchor@2" for its second…
     */
    public String key() {
        return source.documentId() + "#" + anchor + (piece == 1 ? "" : "@" + piece);
    }
}
