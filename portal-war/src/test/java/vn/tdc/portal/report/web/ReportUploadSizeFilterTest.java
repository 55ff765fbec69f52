package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportUploadSizeFilterTest {

    @Test
    void should_keep_the_tracking_code_of_the_page_the_form_was_on() {
        assertThat(ReportUploadSizeFilter.trackingCodeOf("http://phuong.example/tra-cuu?ma=pa-2026-7kq3xz4m"))
                .contains("PA-2026-7KQ3XZ4M");
        assertThat(ReportUploadSizeFilter.trackingCodeOf("http://phuong.example/tra-cuu?x=1&ma=PA-2026-7KQ3XZ4M"))
                .contains("PA-2026-7KQ3XZ4M");
    }

    @Test
    void should_pass_on_nothing_that_is_not_a_tracking_code() {
        assertThat(ReportUploadSizeFilter.trackingCodeOf(null)).isEmpty();
        assertThat(ReportUploadSizeFilter.trackingCodeOf("http://phuong.example/tra-cuu")).isEmpty();
        assertThat(ReportUploadSizeFilter.trackingCodeOf("http://phuong.example/tra-cuu?ma=%0d%0aSet-Cookie:x")).isEmpty();
        assertThat(ReportUploadSizeFilter.trackingCodeOf("not a uri at all")).isEmpty();
    }

    @Test
    void should_send_an_oversized_post_back_to_the_ward_page_it_came_from() {
        assertThat(ReportUploadSizeFilter.pageOf("/xa-dong-cuu/phan-anh", "", "/phan-anh.xhtml"))
                .isEqualTo("/xa-dong-cuu/phan-anh");
        assertThat(ReportUploadSizeFilter.pageOf(null, "", "/phan-anh.xhtml")).isEqualTo("/phan-anh");
        assertThat(ReportUploadSizeFilter.pageOf(null, "", "/tra-cuu")).isEqualTo("/tra-cuu");
    }
}
