package vn.tdc.portal.document.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.portal.document.infrastructure.SeedDocuments;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library as a ward sees it, and the chain of documents its plan carries out (the plans of content/documents). */
class DocumentCatalogChainTest {

    private final DocumentCatalog catalog = new DocumentCatalog();

    @BeforeEach
    void load() {
        catalog.index = DocumentIndex.inMemory();
        catalog.seeds = new SeedDocuments();
        catalog.storedDocuments = new InMemoryStoredDocuments();
        catalog.load();
    }

    @Test
    void should_list_the_wards_own_plan_first_then_its_provinces_then_the_others() {
        List<DocumentSummary> forDucPho = catalog.list(DocumentFilter.NONE, List.of("phuong-duc-pho", "quang-ngai"));
        List<DocumentSummary> forTienGiang = catalog.list(DocumentFilter.NONE, List.of("tien-giang"));

        assertThat(forDucPho.get(0).id()).isEqualTo("ke-hoach-ubnd-phuong-duc-pho");
        assertThat(forTienGiang.get(0).id()).isEqualTo("ke-hoach-168-kh-tu-tinh-uy-tien-giang");
        assertThat(forDucPho).hasSameSizeAs(catalog.list(DocumentFilter.NONE));
    }

    @Test
    void should_chain_a_wards_plan_from_the_directive_down_to_the_plan() {
        List<DocumentCatalog.ChainLink> chain = catalog.chainOf("phuong-duc-pho");

        assertThat(chain).extracting(DocumentCatalog.ChainLink::title)
                .satisfies(titles -> {
                    assertThat(titles.get(0)).startsWith("Chỉ thị số 38-CT/TW");
                    assertThat(titles.get(1)).startsWith("Quyết định số 1703/QĐ-TTg");
                    assertThat(titles.get(2)).contains("40/KH-UBND").contains("Quảng Ngãi");
                    assertThat(titles.get(3)).contains("phường Đức Phổ");
                });
        assertThat(chain.get(3).documentId()).isEqualTo("ke-hoach-ubnd-phuong-duc-pho");
        assertThat(chain.get(0).documentId()).as("the directive is not in the library").isNull();
    }

    @Test
    void should_link_a_cited_plan_the_library_holds_and_have_no_chain_without_a_plan() {
        List<DocumentCatalog.ChainLink> tienGiang = catalog.chainOf("tien-giang");

        assertThat(tienGiang).hasSize(2);
        assertThat(tienGiang.get(1).documentId()).isEqualTo("ke-hoach-168-kh-tu-tinh-uy-tien-giang");
        assertThat(catalog.chainOf("phuong-khong-co")).isEmpty();
    }
}
