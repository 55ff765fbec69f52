package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rates a province table publishes for each ward. */
class ReportFiguresTest {

    @Test
    void should_rate_on_time_among_closed_reports_to_one_decimal() {
        // given 200 received, 160 closed, 140 of them on time
        ReportFigures figures = new ReportFigures(101L, 200, 160, 140, 0, 0, 12);

        // then
        assertThat(figures.onTimeRate()).isEqualTo(87.5);
        assertThat(figures.open()).isEqualTo(40);
        assertThat(new ReportFigures(101L, 3, 3, 2, 0, 0, 0).onTimeRate()).isEqualTo(66.7);
    }

    @Test
    void should_rate_satisfaction_among_the_residents_who_answered() {
        // given 160 closed, 30 answered, 21 satisfied
        ReportFigures figures = new ReportFigures(101L, 200, 160, 140, 30, 21, 12);

        // then
        assertThat(figures.satisfactionRate()).isEqualTo(70.0);
    }

    @Test
    void should_give_no_rate_rather_than_zero_when_nothing_was_closed_or_answered() {
        // given
        ReportFigures figures = new ReportFigures(101L, 5, 0, 0, 0, 0, 1);

        // then
        assertThat(figures.onTimeRate()).isNull();
        assertThat(figures.satisfactionRate()).isNull();
        assertThat(ReportFigures.none(7L).received()).isZero();
    }

    @Test
    void should_add_the_wards_into_the_province_total() {
        // given
        ReportFigures dongCuu = new ReportFigures(101L, 10, 8, 8, 4, 4, 0);
        ReportFigures other = new ReportFigures(102L, 10, 2, 0, 2, 0, 5);

        // when
        ReportFigures total = dongCuu.plus(other, 10L);

        // then
        assertThat(total).isEqualTo(new ReportFigures(10L, 20, 10, 8, 6, 4, 5));
        assertThat(total.onTimeRate()).isEqualTo(80.0);
        assertThat(total.satisfactionRate()).isEqualTo(66.7);
    }
}
