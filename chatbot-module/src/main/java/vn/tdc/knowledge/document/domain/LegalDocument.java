package vn.tdc.knowledge.document.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A legal document: its metadata and its outline of top-level sections (preamble, parts, closing, recipients). */
public record LegalDocument(DocumentMetadata metadata, List<Section> sections) {

    public LegalDocument {
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }

    public String id() {
        return metadata.id();
    }

    /** Finds a section at any depth by its anchor ("II.4", "III.1-2", "MĐ"). */
    public Optional<Section> findSection(String anchor) {
        return flatten().stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /** All sections depth-first, parents before their children. */
    public List<Section> flatten() {
        List<Section> all = new ArrayList<>();
        sections.forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(Section section, List<Section> into) {
        into.add(section);
        section.children().forEach(c -> collect(c, into));
    }
}
