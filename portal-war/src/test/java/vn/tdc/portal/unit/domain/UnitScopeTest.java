package vn.tdc.portal.unit.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitScopeTest {

    @Test
    void should_cover_the_units_below_its_path_only() {
        UnitScope province = UnitScope.of("/bac-ninh/");

        assertThat(province.covers("/bac-ninh/xa-dong-cuu/")).isTrue();
        assertThat(province.covers("/bac-ninh/")).isTrue();
        assertThat(province.covers("/quang-ngai/phuong-duc-pho/")).isFalse();
        assertThat(province.covers("/")).isFalse();
        assertThat(province.likePattern()).isEqualTo("/bac-ninh/%");
    }

    @Test
    void should_let_the_root_see_all_and_a_lost_account_nothing() {
        assertThat(UnitScope.all().covers("/quang-ngai/phuong-duc-pho/")).isTrue();
        assertThat(UnitScope.none().covers("/")).isFalse();
        assertThat(UnitScope.none().likePattern()).doesNotStartWith("/");
    }

    @Test
    void should_refuse_a_path_with_like_wildcards() {
        assertThatThrownBy(() -> UnitScope.of("/bac%/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitScope.of("/bac_ninh/")).isInstanceOf(IllegalArgumentException.class);
    }
}
