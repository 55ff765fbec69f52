package vn.tdc.portal.document.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionAnchorsTest {

    @Test
    void should_link_a_citation_to_its_section_anchor() {
        assertThat(SectionAnchors.link("ke-hoach-ubnd-phuong-duc-pho", "II.4 — Đầu tư, phối hợp xây dựng cơ sở dữ liệu"))
                .isEqualTo("/van-ban/ke-hoach-ubnd-phuong-duc-pho#muc-II-4");
        assertThat(SectionAnchors.link("x", "III.1 (ý 2)")).isEqualTo("/van-ban/x#muc-III-1-2");
        assertThat(SectionAnchors.link("x", "Phần mở đầu")).isEqualTo("/van-ban/x#muc-MĐ");
        assertThat(SectionAnchors.link("x", "")).isEqualTo("/van-ban/x");
    }
}
