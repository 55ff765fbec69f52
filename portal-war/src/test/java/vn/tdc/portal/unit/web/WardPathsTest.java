package vn.tdc.portal.unit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WardPathsTest {

    @Test
    void should_read_the_ward_and_the_page_of_a_ward_address() {
        assertThat(WardPaths.wardRequest("/xa-dong-cuu")).contains(new WardPaths.WardRequest("xa-dong-cuu", ""));
        assertThat(WardPaths.wardRequest("/xa-dong-cuu/")).contains(new WardPaths.WardRequest("xa-dong-cuu", ""));
        assertThat(WardPaths.wardRequest("/phuong-duc-pho/tin-tuc/bai-a"))
                .contains(new WardPaths.WardRequest("phuong-duc-pho", "tin-tuc/bai-a"));
    }

    @Test
    void should_not_take_files_or_the_root_for_a_ward() {
        assertThat(WardPaths.wardRequest("/")).isEmpty();
        assertThat(WardPaths.wardRequest("/favicon.ico")).isEmpty();
        assertThat(WardPaths.wardRequest("/jakarta.faces.resource/x.js")).isEmpty();
        assertThat(WardPaths.wardRequest("/Xa-Dong-Cuu")).isEmpty();
        assertThat(WardPaths.wardRequest("/" + "a".repeat(121))).isEmpty();
    }

    @Test
    void should_show_each_page_of_a_ward_with_its_view() {
        assertThat(WardPaths.viewOf("")).contains("/index.xhtml");
        assertThat(WardPaths.viewOf("phan-anh")).contains("/phan-anh.xhtml");
        assertThat(WardPaths.viewOf("tra-cuu")).contains("/tra-cuu.xhtml");
        assertThat(WardPaths.viewOf("hoi-dap")).contains("/hoi-dap.xhtml");
        assertThat(WardPaths.viewOf("thong-ke")).contains("/thong-ke.xhtml");
        assertThat(WardPaths.viewOf("tim-kiem")).contains("/tim-kiem.xhtml");
        assertThat(WardPaths.viewOf("tin-tuc")).contains("/tin-tuc.xhtml");
        assertThat(WardPaths.viewOf("van-ban")).contains("/van-ban.xhtml");
        assertThat(WardPaths.viewOf("tin-tuc/can-dung-cho-que")).contains("/tin-tuc/can-dung-cho-que");
        assertThat(WardPaths.viewOf("van-ban/ke-hoach-12")).contains("/van-ban/chi-tiet.xhtml?id=ke-hoach-12");
    }

    @Test
    void should_answer_no_view_for_staff_pages_files_and_unknown_pages() {
        assertThat(WardPaths.viewOf("quan-tri")).isEmpty();
        assertThat(WardPaths.viewOf("dang-nhap")).isEmpty();
        assertThat(WardPaths.viewOf("phan-anh.xhtml")).isEmpty();
        assertThat(WardPaths.viewOf("tin-tuc/anh")).isEmpty();
        assertThat(WardPaths.viewOf("tin-tuc/anh/abc.jpg")).isEmpty();
        assertThat(WardPaths.viewOf("tin-tuc/bai-viet")).isEmpty();
        assertThat(WardPaths.viewOf("van-ban/chi-tiet")).isEmpty();
        assertThat(WardPaths.viewOf("tin-tuc/<script>")).isEmpty();
        assertThat(WardPaths.viewOf("trang-khong-ton-tai")).isEmpty();
    }

    @Test
    void should_redirect_the_old_single_ward_pages_only() {
        assertThat(WardPaths.isOldWardPage("/phan-anh")).isTrue();
        assertThat(WardPaths.isOldWardPage("/tin-tuc")).isTrue();
        assertThat(WardPaths.isOldWardPage("/tin-tuc/can-dung-cho-que")).isTrue();
        assertThat(WardPaths.isOldWardPage("/van-ban/ke-hoach-12")).isTrue();
        assertThat(WardPaths.isOldWardPage("/tra-cuu")).isTrue();
        assertThat(WardPaths.isOldWardPage("/tim-kiem")).isTrue();
    }

    @Test
    void should_never_redirect_the_platform_staff_api_or_files() {
        for (String path : new String[]{"/", "", "/quan-tri/phan-anh", "/api/reports", "/open311/v2/services.json",
                "/dang-nhap", "/loi", "/health", "/jakarta.faces.resource/theme.css", "/resources/js/portal.js",
                "/sitemap.xml", "/favicon.ico", "/robots.txt", "/feed.xml", "/tin-tuc/anh/abc.jpg", "/phan-anh/anh/12",
                "/phan-anh.xhtml", "/index.xhtml", "/tin-tuc/bai-viet.xhtml", "/phan-anh/"}) {
            assertThat(WardPaths.isOldWardPage(path)).as(path).isFalse();
        }
    }

    @Test
    void should_serve_a_wards_feeds_and_sitemap_by_their_servlets_and_nothing_else_shaped_like_a_file() {
        assertThat(WardPaths.fileOf("feed.xml")).contains("/feed.xml");
        assertThat(WardPaths.fileOf("feed/do-luong.xml")).contains("/feed/do-luong.xml");
        assertThat(WardPaths.fileOf("sitemap.xml")).contains("/sitemap.xml");
        for (String page : new String[]{"feed", "feed/", "feed/Do-Luong.xml", "feed/a/b.xml", "feed.json",
                "sitemap-nen-tang.xml", "robots.txt", "tin-tuc/feed.xml", ""}) {
            assertThat(WardPaths.fileOf(page)).as(page).isEmpty();
        }
        assertThat(WardPaths.isOldWardPage("/feed/do-luong.xml")).isFalse();
        assertThat(WardPaths.isOldWardPage("/sitemap-nen-tang.xml")).isFalse();
    }

    @Test
    void should_keep_the_query_when_moving_an_old_address_under_a_ward() {
        assertThat(WardPaths.underWard("xa-dong-cuu", "/phan-anh", "loai=can-thieu"))
                .isEqualTo("/xa-dong-cuu/phan-anh?loai=can-thieu");
        assertThat(WardPaths.underWard("xa-dong-cuu", "/tin-tuc", null)).isEqualTo("/xa-dong-cuu/tin-tuc");
    }

    @Test
    void should_move_view_addresses_under_the_ward_and_leave_others() {
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "/phan-anh.xhtml")).isEqualTo("/xa-dong-cuu/phan-anh");
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "/phan-anh?loai=x")).isEqualTo("/xa-dong-cuu/phan-anh?loai=x");
        assertThat(WardPaths.inWard("/ctx", "xa-dong-cuu", "/ctx/index.xhtml")).isEqualTo("/ctx/xa-dong-cuu");
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "/quan-tri/phan-anh")).isEqualTo("/quan-tri/phan-anh");
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "/jakarta.faces.resource/x.js"))
                .isEqualTo("/jakarta.faces.resource/x.js");
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "https://example.org/phan-anh"))
                .isEqualTo("https://example.org/phan-anh");
    }

    @Test
    void should_remember_a_ward_for_a_year_on_the_whole_site_with_same_site_lax() {
        assertThat(WardCookie.header("xa-dong-cuu", "", false))
                .isEqualTo("phuong-xa=xa-dong-cuu; Max-Age=31536000; Path=/; SameSite=Lax");
        assertThat(WardCookie.header("xa-dong-cuu", "/cong", true)).contains("Path=/cong").endsWith("; Secure");
    }

    @Test
    void should_show_a_wards_metrology_page_and_an_instruments_qr_page_with_the_code_as_typed() {
        assertThat(WardPaths.viewOf("phuong-tien-do")).contains("/phuong-tien-do.xhtml");
        assertThat(WardPaths.viewOf("phuong-tien-do/K7M2Q9XA")).contains("/phuong-tien-do/chi-tiet.xhtml?ma=K7M2Q9XA");
        assertThat(WardPaths.viewOf("phuong-tien-do/k7m2-q9xa"))
                .contains("/phuong-tien-do/chi-tiet.xhtml?ma=k7m2-q9xa");
    }

    @Test
    void should_give_a_segment_that_cannot_be_a_code_to_the_qr_page_without_it_for_its_friendly_404() {
        for (String page : new String[]{"phuong-tien-do/%3Cscript%3E", "phuong-tien-do/" + "A".repeat(41),
                "phuong-tien-do/a.b", "phuong-tien-do/a&b=c"}) {
            assertThat(WardPaths.viewOf(page)).as(page).contains("/phuong-tien-do/chi-tiet.xhtml");
        }
        assertThat(WardPaths.viewOf("phuong-tien-do/a/b")).isEmpty();
        assertThat(WardPaths.viewOf("phuong-tien-do/" + "A".repeat(101))).isEmpty();
    }

    @Test
    void should_send_the_old_addresses_of_metrology_pages_to_a_ward_but_not_the_platforms_scanner() {
        assertThat(WardPaths.isOldWardPage("/phuong-tien-do")).isTrue();
        assertThat(WardPaths.isOldWardPage("/phuong-tien-do/K7M2Q9XA")).isTrue();
        assertThat(WardPaths.isOldWardPage("/tra-cuu-phuong-tien-do")).isFalse();
        assertThat(WardPaths.isOldWardPage("/phuong-tien-do.xhtml")).isFalse();
    }

    @Test
    void should_move_the_metrology_view_under_the_ward() {
        assertThat(WardPaths.inWard("", "xa-dong-cuu", "/phuong-tien-do.xhtml")).isEqualTo("/xa-dong-cuu/phuong-tien-do");
        assertThat(WardPaths.inWard("/ctx", "xa-dong-cuu", "/ctx/phuong-tien-do")).isEqualTo("/ctx/xa-dong-cuu/phuong-tien-do");
    }
}
