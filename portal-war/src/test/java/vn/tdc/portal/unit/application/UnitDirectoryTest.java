package vn.tdc.portal.unit.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitDirectoryTest {

    private final UnitDirectory directory = UnitFixtures.directory();

    @Test
    void should_find_a_ward_typed_without_diacritics_or_by_its_province() {
        assertThat(directory.search("dong cuu", 10)).extracting(UnitView::slug).containsExactly("xa-dong-cuu");
        assertThat(directory.search("Đức Phổ", 10)).extracting(UnitView::slug).containsExactly("phuong-duc-pho");
        assertThat(directory.search("quang ngai", 10)).extracting(UnitView::slug).containsExactly("phuong-duc-pho");
        assertThat(directory.search("ha noi", 10)).isEmpty();
    }

    @Test
    void should_find_the_ward_around_a_point_only_within_its_radius() {
        assertThat(directory.wardAt(21.08, 106.17)).map(UnitView::slug).contains("xa-dong-cuu");
        assertThat(directory.wardAt(14.80, 108.95)).map(UnitView::slug).contains("phuong-duc-pho");
        assertThat(directory.wardAt(16.05, 108.20)).isEmpty();
        assertThat(directory.nearestWards(16.05, 108.20, 1)).extracting(UnitView::slug).containsExactly("phuong-duc-pho");
    }

    @Test
    void should_chain_a_ward_to_its_province_and_the_root() {
        UnitView ward = directory.bySlug("xa-dong-cuu").orElseThrow();

        assertThat(directory.chainOf(ward)).extracting(UnitView::slug)
                .containsExactly("xa-dong-cuu", "bac-ninh", "toan-quoc");
        assertThat(ward.fullName()).isEqualTo("xã Đông Cứu, tỉnh Bắc Ninh");
        assertThat(ward.title()).isEqualTo("Xã Đông Cứu");
    }

    @Test
    void should_find_codes_without_regard_to_case_and_know_the_default_ward() {
        assertThat(directory.byCode("XA-DONG-CUU")).map(UnitView::id).contains(UnitFixtures.DONG_CUU);
        assertThat(directory.defaultWard().slug()).isEqualTo("xa-dong-cuu");
        assertThat(directory.wardsOf(directory.bySlug("quang-ngai").orElseThrow())).extracting(UnitView::slug)
                .containsExactly("phuong-duc-pho");
    }

    @Test
    void should_show_a_units_content_on_its_own_ward_or_its_provinces_first_ward_and_the_roots_on_none() {
        assertThat(directory.wardShowing(UnitFixtures.DUC_PHO)).map(UnitView::slug).contains("phuong-duc-pho");
        assertThat(directory.wardShowing(UnitFixtures.QUANG_NGAI)).map(UnitView::slug).contains("phuong-duc-pho");
        assertThat(directory.wardShowing(UnitFixtures.ROOT)).isEmpty();
        assertThat(directory.wardShowing(999)).isEmpty();
    }
}
