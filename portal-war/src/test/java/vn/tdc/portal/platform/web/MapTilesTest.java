package vn.tdc.portal.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapTilesTest {

    @Test
    void should_allow_images_from_the_tile_servers_origin_only() {
        assertThat(MapTiles.imageSource(MapTiles.DEFAULT_TILE_URL)).isEqualTo("https://tile.openstreetmap.org");
        assertThat(MapTiles.imageSource("https://{s}.tile.example.vn/osm/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.vn");
        assertThat(MapTiles.imageSource("http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png")).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void should_never_let_a_mistaken_setting_open_the_policy() {
        for (String setting : new String[]{null, "", "*", "https://*", "data:", "javascript:alert(1)",
                "https://a.example.vn; script-src *", "ftp://tiles.example.vn/{z}", "https://", "//tiles.example.vn/x"}) {
            assertThat(MapTiles.imageSource(setting)).as(setting).isEmpty();
        }
    }

    @Test
    void should_add_the_tile_origin_to_img_src_and_nowhere_else() {
        String policy = SecurityHeadersFilter.policy(null, "https://tile.openstreetmap.org");

        assertThat(policy).contains("img-src 'self' data: blob: https://tile.openstreetmap.org;", "script-src 'self';",
                "connect-src 'self';");
        assertThat(SecurityHeadersFilter.merged("script-src 'nonce-ZjdhNmI0ZGUtMWQ3Ny00NmQx'", "https://t.example.vn"))
                .contains("img-src 'self' data: blob: https://t.example.vn;", "'nonce-ZjdhNmI0ZGUtMWQ3Ny00NmQx'");
    }

    @Test
    void should_allow_the_camera_on_the_scanning_page_only() {
        assertThat(SecurityHeadersFilter.permissions("/tra-cuu-phuong-tien-do")).startsWith("camera=(self)");
        assertThat(SecurityHeadersFilter.permissions("/tra-cuu-phuong-tien-do.xhtml")).startsWith("camera=(self)");
        for (String path : new String[]{"/", "/xa-dong-cuu/phuong-tien-do", "/xa-dong-cuu/phan-anh", "/tra-cuu"}) {
            assertThat(SecurityHeadersFilter.permissions(path)).as(path)
                    .isEqualTo("camera=(), microphone=(), geolocation=(self)");
        }
    }
}
