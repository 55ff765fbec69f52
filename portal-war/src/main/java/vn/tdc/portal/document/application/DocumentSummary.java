package vn.tdc.portal.document.application;

import vn.tdc.knowledge.document.domain.DocumentMetadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the document library. {@code year} is 0 when the document prints no year; {@code unit} is the slug of
 * the unit that issued it (empty: national); {@code basis} the documents it carries out, highest first.
 */
public record DocumentSummary(String id, String kind, String number, String issuer, String place, String region,
                              String issued, int year, String title, String reference, String unit,
                              List<String> basis) {

    public DocumentSummary {
        basis = List.copyOf(basis);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    static DocumentSummary of(DocumentMetadata m) {
        return new DocumentSummary(m.id(), m.kind(), m.number(), m.issuer(), m.place(), m.region(), m.issued(),
                yearOf(m.issued()), m.title(), m.reference(), m.unit(), m.basis());
    }

    /** The year printed in a possibly partial date ("tháng 4 năm 2026", "24/10/2024"). */
    static int yearOf(String issued) {
        Matcher matcher = YEAR.matcher(issued == null ? "" : issued);
        int year = 0;
        while (matcher.find()) {
            year = Integer.parseInt(matcher.group());
        }
        return year;
    }
}
