package vn.tdc.knowledge.search.application;

import java.util.ArrayList;
import java.util.List;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.domain.Section;
import vn.tdc.knowledge.document.domain.SectionKind;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * Cuts a legal document into retrievable chunks.
 *
 * <p>Chunking rules (chosen so that one chunk answers one question and carries its own context):
 * <ul>
 *   <li>each numbered item ("II.4") is one chunk: heading line, own text, then all its bullets;</li>
 *   <li>a part without items (or the text/bullets a part has besides its items) is one chunk;</li>
 *   <li>the preamble and the closing are one chunk each; the distribution list is never indexed;</li>
 *   <li>one identification chunk ({@link #CARD_ANCHOR}) states number, issuer, date and signer, so that
 *       "ai ký…", "ban hành ngày nào…" are answered from the document itself.</li>
 * </ul>
 * The enclosing part heading is kept as search context, not as text.
 */
public final class SectionChunker {

    public static final String CARD_ANCHOR = "TT";
    public static final String CARD_LABEL = "Thông tin văn bản";

    public List<IndexChunk> chunk(LegalDocument document) {
        SourceInfo source = sourceOf(document.metadata());
        List<IndexChunk> chunks = new ArrayList<>();
        chunks.add(card(source, document.metadata()));
        for (Section section : document.sections()) {
            if (!section.answerable()) {
                continue;
            }
            if (section.kind() == SectionKind.PART) {
                addPart(source, section, chunks);
            } else {
                chunks.add(new IndexChunk(source, section.anchor(), section.label(), "", headingOf(section), render(section)));
            }
        }
        return chunks;
    }

    /** The citation data of a document. */
    public static SourceInfo sourceOf(DocumentMetadata m) {
        return new SourceInfo(m.id(), SourceType.DOCUMENT, m.title(), m.issuer(), m.reference(), m.number(),
                m.place().isEmpty() ? List.of() : List.of(m.place()),
                m.region().isEmpty() ? List.of() : List.of(m.region()),
                m.issued(), m.signer(), m.signedFor(), "", m.unit(), m.level());
    }

    private void addPart(SourceInfo source, Section part, List<IndexChunk> chunks) {
        String context = part.printedNumber() + " " + part.heading();
        List<Section> items = part.children().stream().filter(c -> c.kind() == SectionKind.ITEM).toList();
        List<Section> loose = part.children().stream().filter(c -> c.kind() != SectionKind.ITEM).toList();
        if (items.isEmpty() || !part.text().isEmpty() || !loose.isEmpty()) {
            Section own = new Section(part.anchor(), part.kind(), part.heading(), part.text(), loose);
            chunks.add(new IndexChunk(source, part.anchor(), part.label(), "", headingOf(part), render(own)));
        }
        for (Section item : items) {
            chunks.add(new IndexChunk(source, item.anchor(), item.label(), context, headingOf(item), render(item)));
        }
    }

    private static String headingOf(Section s) {
        return s.heading().isEmpty() ? "" : (s.printedNumber() + " " + s.heading()).strip();
    }

    /**
     * Renders a section as lines: "4. Heading" (or "3. Công an phường: Phối hợp…" when the heading
     * ends without punctuation and text follows), text paragraphs, then "- bullet" lines.
     */
    static String render(Section s) {
        List<String> lines = new ArrayList<>();
        List<String> textLines = s.text().isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(s.text().split("\n")));
        if (!s.heading().isEmpty()) {
            String heading = (s.printedNumber() + " " + s.heading()).strip();
            if (!textLines.isEmpty() && !heading.matches(".*[.:;]$")) {
                lines.add(heading + ": " + textLines.remove(0));
            } else {
                lines.add(textLines.isEmpty() && !s.children().isEmpty() && !heading.matches(".*[.:;]$") ? heading + ":" : heading);
            }
        }
        lines.addAll(textLines);
        for (Section child : s.children()) {
            lines.add(child.kind() == SectionKind.BULLET ? "- " + child.text() : child.text());
        }
        return String.join("\n", lines);
    }

    /** The identification card's line with the date of issue ("Ngày ban hành: 24/10/2024"), quoted by answers. */
    public static String issuedLine(String issued) {
        return "Ngày ban hành: " + issued;
    }

    /** The identification card's line naming the signer and the capacity, if any, quoted by answers. */
    public static String signerLine(String signer, String signedFor) {
        return "Người ký: " + signer + (signedFor.isEmpty() ? "" : " (" + signedFor + ")");
    }

    private static IndexChunk card(SourceInfo source, DocumentMetadata m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.reference() + ".");
        lines.add("Trích yếu: " + m.title());
        if (!m.number().isEmpty()) {
            lines.add("Số, ký hiệu: " + m.number());
        }
        lines.add("Cơ quan ban hành: " + m.issuer());
        if (!m.issued().isEmpty()) {
            lines.add(issuedLine(m.issued()));
        }
        if (!m.signer().isEmpty()) {
            lines.add(signerLine(m.signer(), m.signedFor()));
        }
        String area = String.join(", ", concat(source.places(), source.regions()));
        if (!area.isEmpty()) {
            lines.add("Địa bàn: " + area);
        }
        return new IndexChunk(source, CARD_ANCHOR, CARD_LABEL, "", "", String.join("\n", lines));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
