package vn.tdc.knowledge.search.domain;

import java.util.List;
import java.util.Objects;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;

/**
 * Where a passage comes from, as much as answers need to cite it.
 *
 * @param reference  how answers name the source ("Kế hoạch số 168-KH/TU của Tỉnh ủy Tiền Giang")
 * @param number     the document number as printed ("168-KH/TU"), empty for articles
 * @param places     names of the places the source governs ("phường Đức Phổ"); used to route questions
 * @param regions    names of the enclosing provinces or cities ("tỉnh Quảng Ngãi")
 * @param url        link for articles; empty for documents
 * @param unit       slug of the administrative unit the source belongs to ("xa-dong-cuu"); empty for national sources
 * @param level      the tier of that unit: ward, province or national (no unit)
 */
public record SourceInfo(
        String documentId,
        SourceType type,
        String title,
        String issuer,
        String reference,
        String number,
        List<String> places,
        List<String> regions,
        String issued,
        String signer,
        String signedFor,
        String url,
        String unit,
        AdministrativeLevel level) {

    /** A source of no unit: national. */
    public SourceInfo(String documentId, SourceType type, String title, String issuer, String reference, String number,
            List<String> places, List<String> regions, String issued, String signer, String signedFor, String url) {
        this(documentId, type, title, issuer, reference, number, places, regions, issued, signer, signedFor, url, "",
                AdministrativeLevel.NATIONAL);
    }

    public SourceInfo {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        title = orEmpty(title);
        issuer = orEmpty(issuer);
        reference = orEmpty(reference);
        number = orEmpty(number);
        places = List.copyOf(places);
        regions = List.copyOf(regions);
        issued = orEmpty(issued);
        signer = orEmpty(signer);
        signedFor = orEmpty(signedFor);
        url = orEmpty(url);
        unit = orEmpty(unit);
        level = level == null ? AdministrativeLevel.inferred(unit, "") : level;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
