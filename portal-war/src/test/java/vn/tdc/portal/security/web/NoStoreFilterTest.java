package vn.tdc.portal.security.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoStoreFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/officer/reports/9", "/api/officer/reports/export.csv", "/api/admin/users",
            "/quan-tri/phan-anh/chi-tiet", "/quan-tri/phan-anh/xuat-csv", "/quan-tri/nguoi-dung", "/quan-tri/phan-anh",
            "/tra-cuu", "/tra-cuu.xhtml", "/api/reports/PA-2026-7KQ3XZ4M", "/dang-nhap", "/xa-dong-cuu/tra-cuu",
            "/phuong-duc-pho/tra-cuu"})
    void should_keep_contact_and_staff_data_out_of_caches(String path) {
        assertThat(NoStoreFilter.isPrivate(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tin-tuc/bai-mot", "/van-ban", "/jakarta.faces.resource/css/portal.css.xhtml",
            "/api/articles", "/feed.xml", "/tra-cuu-khac", "/xa-dong-cuu", "/xa-dong-cuu/tin-tuc",
            "/xa-dong-cuu/tin-tuc/tra-cuu", "/xa-dong-cuu/tra-cuu-khac"})
    void should_leave_public_pages_cacheable(String path) {
        assertThat(NoStoreFilter.isPrivate(path)).isFalse();
    }
}
