package vn.tdc.knowledge.search.domain;

import java.util.List;

/**
 * One search result as returned to clients.
 *
 * @param section citation label of the matching section ("II.4 — …")
 * @param excerpt the passage or a window of it (≈500 characters) around the best matching lines
 * @param type    {@link SourceType#code()}: "document" or "article"
 * @param url     link of an article ({@code /tin-tuc/{slug}}); empty for documents
 * @param otherSections in a grouped search, the labels of the next best matching sections of the same source
 * @param moreSections  in a grouped search, how many other sections of the same source match (0 otherwise)
 */
public record SearchHit(
        String documentId,
        String title,
        String issuer,
        String section,
        String excerpt,
        double score,
        String type,
        String url,
        List<String> otherSections,
        int moreSections) {

    public SearchHit {
        otherSections = List.copyOf(otherSections);
    }
}
