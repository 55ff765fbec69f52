package vn.tdc.portal.open311.api;

import vn.tdc.portal.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.open311.application.Open311Status;
import vn.tdc.portal.open311.application.RequestSearch;
import vn.tdc.portal.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Open311ParametersTest {

    private static final Instant NOW = Instant.parse("2026-11-21T05:00:00Z");

    @Test
    void should_default_to_the_last_90_days_and_the_first_1000_requests_as_the_specification_says() {
        // when
        RequestSearch search = Open311Parameters.requestSearch(Map.of(), NOW);

        // then
        assertThat(search.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(search.before()).isAfter(NOW);
        assertThat(search.page()).isEqualTo(1);
        assertThat(search.pageSize()).isEqualTo(1000);
        assertThat(search.ids()).isEmpty();
        assertThat(search.statuses()).isEmpty();
        assertThat(search.serviceCodes()).isEmpty();
        assertThat(search.jurisdictionId()).as("every ward").isNull();
        assertThat(Open311Parameters.pageSize(Map.of())).as("servicerequestupdates").isEqualTo(1000);
        assertThat(Open311Parameters.pageSize(Open311Parameters.form("page_size="))).isEqualTo(1000);
    }

    @Test
    void should_read_the_jurisdiction_as_a_ward_code_and_a_blank_one_as_none() {
        // when
        RequestSearch ward = Open311Parameters.requestSearch(Open311Parameters.form("jurisdiction_id=+xa-dong-cuu+"),
                NOW);
        RequestSearch blank = Open311Parameters.requestSearch(Open311Parameters.form("jurisdiction_id="), NOW);

        // then
        assertThat(ward.jurisdictionId()).isEqualTo("xa-dong-cuu");
        assertThat(blank.jurisdictionId()).isNull();
    }

    @Test
    void should_read_a_comma_list_of_service_codes() {
        // when a client asks for two kinds at once, as the specification allows
        RequestSearch search = Open311Parameters.requestSearch(
                Open311Parameters.form("service_code=can-thieu,khac"), NOW);
        RequestSearch spaced = Open311Parameters.requestSearch(
                Open311Parameters.form("service_code=+can-thieu+,,khac,can-thieu,"), NOW);

        // then both kinds are asked for, each once
        assertThat(search.serviceCodes()).containsExactlyInAnyOrder("can-thieu", "khac");
        assertThat(spaced.serviceCodes()).containsExactlyInAnyOrder("can-thieu", "khac");
    }

    @Test
    void should_refuse_more_than_100_service_codes_at_once() {
        String codes = String.join(",", IntStream.rangeClosed(1, 101).mapToObj(i -> "loai-" + i).toList());

        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("service_code=" + codes), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("service_code"));
    }

    @Test
    void should_read_w3c_datetimes_with_offsets_even_when_the_plus_arrived_as_a_space() {
        // given "+07:00" sent unencoded in a query string decodes to " 07:00"
        Map<String, List<String>> query = Open311Parameters.form(
                "start_date=2026-11-01T07:00:00+07:00&end_date=2026-11-10T00:00:00Z");

        // when
        Open311Parameters.Window window = Open311Parameters.window(query, NOW);

        // then
        assertThat(window.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(window.before()).isEqualTo(Instant.parse("2026-11-10T00:00:01Z"));
    }

    @Test
    void should_end_a_window_after_the_whole_second_of_its_end_as_times_are_kept_to_the_second() {
        // given FixMyStreet asks for the updates up to now, in whole seconds, and a report filed at 05:00:07.4
        // was stored as 05:00:07
        Map<String, List<String>> query = Open311Parameters.form("start_date=2026-11-21T03:00:07Z"
                + "&end_date=2026-11-21T05:00:07Z");

        // when
        Open311Parameters.Window asked = Open311Parameters.window(query, NOW);
        Open311Parameters.Window byDefault = Open311Parameters.window(Map.of(), Instant.parse("2026-11-21T05:00:07.400Z"));

        // then both windows still hold 05:00:07
        assertThat(asked.before()).isEqualTo(Instant.parse("2026-11-21T05:00:08Z"));
        assertThat(byDefault.before()).isEqualTo(Instant.parse("2026-11-21T05:00:08Z"));
    }

    @Test
    void should_include_the_whole_end_day_when_dates_have_no_time() {
        // when
        Open311Parameters.Window window = Open311Parameters.window(
                Open311Parameters.form("start_date=2026-11-01&end_date=2026-11-10"), NOW);

        // then the days are Vietnam's (UTC+7)
        assertThat(window.from()).isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
        assertThat(window.before()).isEqualTo(Instant.parse("2026-11-10T17:00:00Z"));
    }

    @Test
    void should_reach_90_days_from_a_lone_start_date() {
        // when
        Open311Parameters.Window window = Open311Parameters.window(
                Open311Parameters.form("start_date=2026-01-01T00:00:00Z"), NOW);

        // then
        assertThat(window.before()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void should_refuse_a_window_longer_than_90_days() {
        assertThatThrownBy(() -> Open311Parameters.window(
                Open311Parameters.form("start_date=2026-01-01&end_date=2026-06-01"), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(ErrorCode.of(e.kind()).status()).isEqualTo(400);
                    assertThat(e.fields().get(0).field()).isEqualTo("end_date");
                    assertThat(e.fields().get(0).message()).contains("90 ngày");
                });
    }

    @Test
    void should_refuse_an_end_before_the_start_and_an_unreadable_date() {
        assertThatThrownBy(() -> Open311Parameters.window(
                Open311Parameters.form("start_date=2026-11-10&end_date=2026-11-01"), NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Open311Parameters.window(Open311Parameters.form("start_date=hôm+qua"), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("start_date"));
    }

    @Test
    void should_read_statuses_ids_kind_and_page() {
        // when
        RequestSearch search = Open311Parameters.requestSearch(Open311Parameters.form(
                "status=OPEN,closed&service_request_id=17,+4,17,+0042&service_code=can-thieu"
                        + "&page=3&page_size=1000"), NOW);

        // then
        assertThat(search.statuses()).containsExactlyInAnyOrder(Open311Status.OPEN, Open311Status.CLOSED);
        assertThat(search.ids()).containsExactly(17L, 4L, 42L);
        assertThat(search.serviceCodes()).containsExactly("can-thieu");
        assertThat(search.page()).isEqualTo(3);
        assertThat(search.pageSize()).isEqualTo(1000);
    }

    @Test
    void should_refuse_an_unknown_status_and_a_page_size_over_1000() {
        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("status=pending"), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("status"));
        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("page_size=1001"), NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("page_size"));
        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("page=0"), NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("page=abc"), NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void should_decode_forms_as_utf8_and_keep_repeated_names() {
        // when
        Map<String, List<String>> form = Open311Parameters.form(
                "description=C%C3%A2n+thi%E1%BA%BFu&attribute%5Bsan-pham%5D=g%E1%BA%A1o&a=1&a=2&empty=&flag");

        // then
        assertThat(form.get("description")).containsExactly("Cân thiếu");
        assertThat(form.get("attribute[san-pham]")).containsExactly("gạo");
        assertThat(form.get("a")).containsExactly("1", "2");
        assertThat(form.get("empty")).containsExactly("");
        assertThat(form.get("flag")).containsExactly("");
    }

    @Test
    void should_answer_a_broken_percent_escape_with_400() {
        assertThatThrownBy(() -> Open311Parameters.form("description=100%"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(ErrorCode.of(e.kind()).status()).isEqualTo(400));
    }

    @Test
    void should_refuse_more_than_100_ids_at_once() {
        // given
        String ids = String.join(",", IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).toList());

        // then
        assertThatThrownBy(() -> Open311Parameters.requestSearch(Open311Parameters.form("service_request_id=" + ids),
                NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.fields().get(0).field()).isEqualTo("service_request_id"));
    }

    @Test
    void should_refuse_a_list_of_ids_with_a_tracking_code_or_anything_but_a_positive_number() {
        for (String ids : List.of("12,PA-2026-7KQ3XZ4M", "0", "-3", "1.5", "12a", "99999999999999999999")) {
            assertThatThrownBy(() -> Open311Parameters.requestSearch(
                    Open311Parameters.form("service_request_id=" + ids), NOW))
                    .as(ids)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(ErrorCode.of(e.kind()).status()).isEqualTo(400);
                        assertThat(e.fields().get(0).field()).isEqualTo("service_request_id");
                        assertThat(e.fields().get(0).message()).doesNotContain("PA-2026");
                    });
        }
    }

    @Test
    void should_read_a_request_id_as_a_positive_number_only() {
        assertThat(Open311Parameters.requestId("1234")).contains(1234L);
        assertThat(Open311Parameters.requestId(" 7 ")).contains(7L);
        assertThat(Open311Parameters.requestId(Long.toString(Long.MAX_VALUE))).contains(Long.MAX_VALUE);
        for (String text : new String[]{null, "", "0", "-1", "+1", "1e3", "PA-2026-7KQ3XZ4M", "9223372036854775808"}) {
            assertThat(Open311Parameters.requestId(text)).as(String.valueOf(text)).isEmpty();
        }
    }
}
