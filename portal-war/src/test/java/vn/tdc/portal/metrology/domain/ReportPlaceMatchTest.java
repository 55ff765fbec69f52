package vn.tdc.portal.metrology.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPlaceMatchTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private static TradePlace place(String name) {
        TradePlace place = new TradePlace(101, "canbo", NOW);
        place.describe(PlaceKind.MARKET, name, "", null, null, null, "canbo", NOW);
        return place;
    }

    @Test
    void should_match_a_place_named_in_the_report_without_regard_to_diacritics_case_or_punctuation() {
        assertThat(ReportPlaceMatch.names("Sạp 12, CHO DONG CUU", "", "Chợ Đông Cứu")).isTrue();
        assertThat(ReportPlaceMatch.names("Sạp 12", "cạnh chợ Đông Cứu, thôn Đông", "Chợ Đông Cứu")).isTrue();
    }

    @Test
    void should_match_whole_words_only() {
        assertThat(ReportPlaceMatch.names("chợ Anh Dũng", "", "Chợ An")).isFalse();
        assertThat(ReportPlaceMatch.names("chợ Đồng Cửu", "", "Chợ Đông Cứu")).isTrue();
        assertThat(ReportPlaceMatch.names("chợ Đông Cứu Mới", "", "Chợ Đông Cứu")).isTrue();
        assertThat(ReportPlaceMatch.names("Sạp 12", "", "Chợ Đông Cứu")).isFalse();
    }

    @Test
    void should_count_a_report_for_the_longest_name_it_matches() {
        TradePlace short_ = place("Chợ Đông");
        TradePlace long_ = place("Chợ Đông Cứu");

        assertThat(ReportPlaceMatch.placeOf("sạp 3 chợ Đông Cứu", "", List.of(short_, long_))).contains(long_);
        assertThat(ReportPlaceMatch.placeOf("sạp 3 chợ Đông", "", List.of(short_, long_))).contains(short_);
        assertThat(ReportPlaceMatch.placeOf("cửa hàng tạp hóa", "", List.of(short_, long_))).isEmpty();
    }
}
