package vn.tdc.portal.yearlyreport.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The usable share of the register against the plans' target of 100%. */
class InstrumentFiguresTest {

    @Test
    void should_round_the_usable_share_down_so_that_the_target_is_never_reached_by_rounding() {
        assertThat(new InstrumentFigures(2500, 2499, List.of(), 1, 0).usablePercent()).isEqualTo(99.9);
        assertThat(new InstrumentFigures(3, 2, List.of(), 1, 0).usablePercent()).isEqualTo(66.6);
        assertThat(new InstrumentFigures(4, 4, List.of(), 0, 1).usablePercent()).isEqualTo(100.0);
    }

    @Test
    void should_have_no_share_while_the_register_is_empty() {
        assertThat(new InstrumentFigures(0, 0, List.of(), 0, 0).usablePercent()).isNull();
    }

    @Test
    void should_add_two_wards_state_by_state() {
        InstrumentFigures a = new InstrumentFigures(3, 2, List.of(new Tally("con-hieu-luc", "Còn hiệu lực", 2),
                new Tally("qua-han", "Quá hạn", 1)), 1, 1);
        InstrumentFigures b = new InstrumentFigures(1, 0, List.of(new Tally("con-hieu-luc", "Còn hiệu lực", 0),
                new Tally("qua-han", "Quá hạn", 1)), 1, 0);
        InstrumentFigures sum = a.plus(b);
        assertThat(sum.total()).isEqualTo(4);
        assertThat(sum.usable()).isEqualTo(2);
        assertThat(sum.overdue()).isEqualTo(2);
        assertThat(sum.byState()).extracting(Tally::count).containsExactly(2L, 2L);
    }
}
