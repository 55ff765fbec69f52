package vn.tdc.portal.open311.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Open311RouteTest {

    @Test
    void should_take_the_format_from_the_extension() {
        assertThat(Open311Servlet.Route.of("/discovery.json"))
                .isEqualTo(new Open311Servlet.Route(List.of("discovery"), Open311Servlet.Format.JSON));
        assertThat(Open311Servlet.Route.of("/services/can-thieu.XML"))
                .isEqualTo(new Open311Servlet.Route(List.of("services", "can-thieu"), Open311Servlet.Format.XML));
        assertThat(Open311Servlet.Route.of("/requests/1234.json").segments())
                .containsExactly("requests", "1234");
    }

    @Test
    void should_have_no_format_without_a_known_extension() {
        assertThat(Open311Servlet.Route.of("/services.yaml").format()).isNull();
        assertThat(Open311Servlet.Route.of("/services").format()).isNull();
        assertThat(Open311Servlet.Route.of("/v2.json/services").format()).isNull();
        assertThat(Open311Servlet.Route.of(null).format()).isNull();
    }

    @Test
    void should_match_one_id_below_a_collection_only() {
        assertThat(Open311Servlet.Route.of("/requests/x.json").startsWith("requests")).isTrue();
        assertThat(Open311Servlet.Route.of("/requests/x/y.json").startsWith("requests")).isFalse();
        assertThat(Open311Servlet.Route.of("/requests/.json").format()).isNull();
        assertThat(Open311Servlet.Route.of("/requests.json").is("requests")).isTrue();
    }
}
