package vn.tdc.portal.yearlyreport.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.yearlyreport.domain.Tally;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the yearly report that need no database: the year asked for and how counts become table rows. */
class YearlyReportServiceTest {

    @Test
    void should_take_this_year_when_none_is_given_and_refuse_years_outside_2020_to_this_year() {
        int thisYear = PortalTime.today().getYear();
        assertThat(YearlyReportService.year(null)).isEqualTo(thisYear);
        assertThat(YearlyReportService.year(" 2024 ")).isEqualTo(2024);
        for (String bad : List.of("2019", Integer.toString(thisYear + 1), "hai-nghin", "20255")) {
            assertThatThrownBy(() -> YearlyReportService.year(bad)).as(bad).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void should_list_every_known_code_with_zeros_and_keep_counts_of_unknown_codes() {
        // given
        Map<String, String> names = new LinkedHashMap<>();
        names.put("do-luong", "Đo lường");
        names.put("chat-luong", "Chất lượng");

        // when
        List<Tally> tallies = YearlyReportService.tallies(names, Map.of("chat-luong", 2L, "cu", 1L));

        // then
        assertThat(tallies).containsExactly(new Tally("do-luong", "Đo lường", 0), new Tally("chat-luong", "Chất lượng", 2),
                new Tally("cu", "cu", 1));
    }

    @Test
    void should_add_two_wards_tallies_code_by_code() {
        List<Tally> sum = YearlyReportService.add(List.of(new Tally("a", "A", 1), new Tally("b", "B", 2)),
                List.of(new Tally("b", "B", 3), new Tally("c", "C", 4)));
        assertThat(sum).containsExactly(new Tally("a", "A", 1), new Tally("b", "B", 5), new Tally("c", "C", 4));
    }

    @Test
    void should_name_the_issuer_in_capitals_and_the_place_without_its_kind() {
        YearlyReport ward = new YearlyReport("xa-dong-cuu", "xã Đông Cứu", "tỉnh Bắc Ninh", false, 2026,
                PortalTime.today(), null, List.of(), YearlyReportDocumentTest.dongCuu(), List.of());
        YearlyReport city = new YearlyReport("hai-phong", "thành phố Hải Phòng", "", true, 2026, PortalTime.today(),
                null, List.of(), YearlyReportDocumentTest.dongCuu(), List.of());
        assertThat(ward.issuer()).isEqualTo("UBND XÃ ĐÔNG CỨU");
        assertThat(ward.placeName()).isEqualTo("Đông Cứu");
        assertThat(city.issuer()).isEqualTo("UBND THÀNH PHỐ HẢI PHÒNG");
        assertThat(city.placeName()).isEqualTo("Hải Phòng");
    }
}
