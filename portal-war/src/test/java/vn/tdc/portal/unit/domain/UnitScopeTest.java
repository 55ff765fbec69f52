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

    @Test
    void should_drop_the_report_criterion_for_the_whole_tree_only() {
        assertThat(UnitScope.REPORT_CRITERION).contains(":unitScope = '" + UnitScope.all().likePattern() + "'")
                .contains("this.unitPath LIKE :unitScope");
        assertThat(UnitScope.REPORT_CRITERION).doesNotContain("'" + UnitScope.of("/bac-ninh/").likePattern() + "'")
                .doesNotContain("'" + UnitScope.none().likePattern() + "'");
    }

    @Test
    void should_refuse_a_unit_key_without_a_unit_path() {
        assertThat(new UnitKey(101, "/bac-ninh/xa-dong-cuu/").path()).isEqualTo("/bac-ninh/xa-dong-cuu/");
        assertThatThrownBy(() -> new UnitKey(101, "bac-ninh")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitKey(101, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
