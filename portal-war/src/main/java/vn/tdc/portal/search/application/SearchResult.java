package vn.tdc.portal.search.application;

import java.util.List;

/**
 * One search hit as clients see it; {@code url} opens the cited section ({@code /van-ban/{id}#muc-…}) or the article
 * ({@code /tin-tuc/{slug}}); {@code type} is {@code document} or {@code article}.
 *
 * @param highlights where the query's words are in {@code excerpt}: pairs [start, end) of UTF-16 code unit offsets
 *                   (JavaScript string indexes), in order and not overlapping; matched without diacritics, so
 *                   "can doi chung" marks "cân đối chứng"
 * @param otherSections the next best matching sections of the same document (label and link), at most three; empty
 *                      for an article, whose sections are one page
 * @param moreSections how many other sections of the same document or article match: a source is one result, shown
 *                     by its best section
 */
public record SearchResult(String documentId, String title, String issuer, String section, String excerpt,
                           List<List<Integer>> highlights, double score, String type, String url,
                           List<OtherSection> otherSections, int moreSections) {

    /** Another matching section of the result's document: its label ("II.4 — …") and the link that opens it. */
    public record OtherSection(String section, String url) {
    }

    public SearchResult {
        highlights = List.copyOf(highlights);
        otherSections = List.copyOf(otherSections);
    }
}
