package vn.tdc.portal.document.application;

/** Filters of the document library; a blank field (or year 0) does not filter. */
public record DocumentFilter(String kind, String issuer, int year) {

    public static final DocumentFilter NONE = new DocumentFilter(null, null, 0);

    boolean accepts(DocumentSummary document) {
        return (kind == null || kind.isBlank() || kind.equals(document.kind()))
                && (issuer == null || issuer.isBlank() || issuer.equals(document.issuer()))
                && (year == 0 || year == document.year());
    }
}
