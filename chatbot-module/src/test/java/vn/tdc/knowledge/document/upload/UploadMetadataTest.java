package vn.tdc.knowledge.document.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.testing.ContentDocuments;

class UploadMetadataTest {

    @Test
    void should_make_the_id_from_kind_number_and_issuer_in_folded_ascii() {
        // when
        DocumentSlug slug = DocumentSlug.of("Kế hoạch", "168-KH/TU", "Tỉnh ủy Tiền Giang");

        // then
        assertThat(slug.value()).isEqualTo("ke-hoach-168-kh-tu-tinh-uy-tien-giang");
    }

    @Test
    void should_give_every_existing_content_document_its_current_id() {
        // given the documents in content/documents, whose ids were written by hand
        for (LegalDocument document : ContentDocuments.documents()) {
            DocumentMetadata m = document.metadata();

            // when
            DocumentSlug slug = DocumentSlug.of(m.kind(), m.number(), m.issuer());

            // then
            assertThat(slug.value()).as(m.reference()).isEqualTo(document.id());
        }
    }

    @Test
    void should_cut_a_long_slug_at_a_word_boundary() {
        // when
        DocumentSlug slug = DocumentSlug.of("Công văn", "", "Ủy ban nhân dân " + "phường Đông Hưng Thuận ".repeat(10));

        // then
        assertThat(slug.value()).hasSizeLessThanOrEqualTo(DocumentSlug.MAX_LENGTH).startsWith("cong-van-uy-ban-nhan-dan-phuong").doesNotEndWith("-");
    }

    @Test
    void should_build_document_metadata_from_the_form() {
        // given
        UploadMetadata form = new UploadMetadata(DocumentKind.QUYET_DINH, " 12/QĐ-UBND ", "UBND xã\r\nĐông Cứu", "xã Đông Cứu", null,
                "tháng 4 năm 2026", null, null, "Quyết định ban hành Quy chế");

        // when
        DocumentMetadata metadata = form.toDocumentMetadata("quy-che.pdf");

        // then
        assertThat(metadata.id()).isEqualTo("quyet-dinh-12-qd-ubnd-xa-dong-cuu");
        assertThat(metadata.kind()).isEqualTo("Quyết định");
        assertThat(metadata.number()).isEqualTo("12/QĐ-UBND");
        assertThat(metadata.issuer()).isEqualTo("UBND xã Đông Cứu");
        assertThat(metadata.issued()).isEqualTo("tháng 4 năm 2026");
        assertThat(metadata.region()).isEmpty();
        assertThat(metadata.source()).isEqualTo("quy-che.pdf");
        assertThat(metadata.reference()).isEqualTo("Quyết định số 12/QĐ-UBND của UBND xã Đông Cứu");
    }

    @Test
    void should_reject_a_form_without_issuer_naming_the_field() {
        // when / then
        assertThatThrownBy(() -> new UploadMetadata(DocumentKind.KE_HOACH, "", "  ", "", "", "", "", "", "Kế hoạch"))
                .isInstanceOfSatisfying(InvalidUploadMetadataException.class, e -> assertThat(e.field()).isEqualTo("issuer"))
                .hasMessage("Hãy nhập cơ quan ban hành (ví dụ: UBND xã Đông Cứu).");
    }

    @Test
    void should_name_the_field_and_its_limit_when_a_value_is_too_long() {
        // given
        String longTitle = "Kế hoạch ".repeat(120);
        String longCapacity = "T/M Ban Thường vụ ".repeat(12);

        // when / then
        assertThatThrownBy(() -> new UploadMetadata(DocumentKind.KE_HOACH, "", "UBND xã Đông Cứu", "", "", "", "", "", longTitle))
                .isInstanceOfSatisfying(InvalidUploadMetadataException.class, e -> assertThat(e.field()).isEqualTo("title"))
                .hasMessage("Trích yếu dài quá 1000 ký tự.");
        assertThatThrownBy(() -> new UploadMetadata(DocumentKind.KE_HOACH, "", "UBND xã Đông Cứu", "", "", "", "", longCapacity, "Kế hoạch"))
                .isInstanceOfSatisfying(InvalidUploadMetadataException.class, e -> assertThat(e.field()).isEqualTo("signedFor"))
                .hasMessage("Thẩm quyền ký dài quá 200 ký tự.");
    }

    @Test
    void should_reject_a_form_without_kind_or_title() {
        // when / then
        assertThatThrownBy(() -> new UploadMetadata(null, "", "UBND xã Đông Cứu", "", "", "", "", "", "Kế hoạch"))
                .isInstanceOfSatisfying(InvalidUploadMetadataException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> new UploadMetadata(DocumentKind.CONG_VAN, "", "UBND xã Đông Cứu", "", "", "", "", "", null))
                .isInstanceOfSatisfying(InvalidUploadMetadataException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void should_find_a_kind_by_its_label_ignoring_case_and_diacritics() {
        // when / then
        assertThat(DocumentKind.fromLabel("KẾ HOẠCH")).contains(DocumentKind.KE_HOACH);
        assertThat(DocumentKind.fromLabel("cong van")).contains(DocumentKind.CONG_VAN);
        assertThat(DocumentKind.fromLabel("Thông báo")).isEmpty();
    }
}
