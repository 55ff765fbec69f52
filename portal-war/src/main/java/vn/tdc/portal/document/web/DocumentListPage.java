package vn.tdc.portal.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.document.application.DocumentSummary;

import java.util.Comparator;
import java.util.List;

/** The document library ({@code /van-ban}) with filters by kind, issuer and year in the query string. */
@Named
@RequestScoped
public class DocumentListPage {

    @Inject
    DocumentCatalog catalog;

    private String kind;
    private String issuer;
    private Integer year;
    private List<DocumentSummary> documents;
    private List<DocumentSummary> all;

    public List<DocumentSummary> getDocuments() {
        if (documents == null) {
            documents = catalog.list(new DocumentFilter(kind, issuer, year == null ? 0 : year));
        }
        return documents;
    }

    public List<String> getKinds() {
        return all().stream().map(DocumentSummary::kind).distinct().sorted().toList();
    }

    public List<String> getIssuers() {
        return all().stream().map(DocumentSummary::issuer).distinct().sorted().toList();
    }

    public List<Integer> getYears() {
        return all().stream().map(DocumentSummary::year).filter(y -> y > 0).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    public boolean isFiltered() {
        return (kind != null && !kind.isBlank()) || (issuer != null && !issuer.isBlank()) || (year != null && year > 0);
    }

    /** The whole library, read once per request for the three filter lists. */
    private List<DocumentSummary> all() {
        if (all == null) {
            all = catalog.list(DocumentFilter.NONE);
        }
        return all;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
