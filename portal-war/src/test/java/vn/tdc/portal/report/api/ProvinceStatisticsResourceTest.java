package vn.tdc.portal.report.api;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvinceStatisticsResourceTest {

    @Test
    void should_read_a_four_digit_year_and_default_to_this_one() {
        assertThat(ProvinceStatisticsResource.year(" 2026 ")).isEqualTo(2026);
        assertThat(ProvinceStatisticsResource.year(null)).isEqualTo(PortalTime.today().getYear());
        assertThat(ProvinceStatisticsResource.year("")).isEqualTo(PortalTime.today().getYear());
    }

    @Test
    void should_refuse_a_year_that_is_not_four_digits_naming_the_parameter() {
        assertThatThrownBy(() -> ProvinceStatisticsResource.year("năm nay"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).fields()).extracting(f -> f.field())
                        .containsExactly("year"));
    }
}
