package vn.tdc.portal.search.application;

/**
 * One search hit as clients see it; {@code url} opens the cited section ({@code /van-ban/{id}#muc-…}) or article.
 */
public record SearchResult(String documentId, String title, String issuer, String section, String excerpt,
                           double score, String type, String url) {
}
