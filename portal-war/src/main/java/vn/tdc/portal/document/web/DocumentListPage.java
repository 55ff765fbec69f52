package vn.tdc.portal.document.web;

import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.web.CurrentWard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.document.application.DocumentSummary;

import java.util.Comparator;
import java.util.List;

/**
 * The document library ({@code /van-ban}) with filters by kind, issuer and year in the query string; on a ward's
 * pages its own plan comes first, then its province's documents, then national ones, under the chain of documents
 * the ward's plan carries out.
 */
@Named
@RequestScoped
public class DocumentListPage {

    @Inject
    DocumentCatalog catalog;

    @Inject
    CurrentWard currentWard;

    @Inject
    UnitDirectory units;

    private String kind;
    private String issuer;
    private Integer year;
    private List<DocumentSummary> documents;
    private List<DocumentSummary> all;
    private List<DocumentCatalog.ChainLink> chain;

    public List<DocumentSummary> getDocuments() {
        if (documents == null) {
            documents = catalog.list(new DocumentFilter(kind, issuer, year == null ? 0 : year), wardChain());
        }
        return documents;
    }

    /** Chỉ thị 38 → … → the ward's plan; empty when the library holds no plan of the ward. */
    public List<DocumentCatalog.ChainLink> getChain() {
        if (chain == null) {
            chain = catalog.chainOf(currentWard.getWard().slug());
        }
        return chain;
    }

    private List<String> wardChain() {
        return units.chainOf(currentWard.getWard()).stream().map(UnitView::slug).toList();
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
