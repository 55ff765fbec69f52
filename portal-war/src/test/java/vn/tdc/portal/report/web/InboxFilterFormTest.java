package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.application.InboxFilter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboxFilterFormTest {

    @Test
    void should_read_every_filter_from_the_query_string() {
        // given
        Map<String, String> query = Map.of("trang-thai", "dang-xac-minh", "loai", "can-thieu", "don-vi",
                "phong-kinh-te", "qua-han", "1", "tu", "2026-11-01", "den", "2026-11-30", "sap-xep", "due");

        // when
        InboxFilter filter = InboxFilterForm.fromQuery(query::get).toFilter();

        // then
        assertThat(filter).isEqualTo(new InboxFilter("dang-xac-minh", "can-thieu", "phong-kinh-te", true,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "due"));
    }

    @Test
    void should_not_filter_on_blank_or_missing_parameters() {
        // given
        Map<String, String> query = new HashMap<>();
        query.put("loai", "  ");
        query.put("tu", "");

        // when
        InboxFilterForm form = InboxFilterForm.fromQuery(query::get);

        // then
        assertThat(form.isFiltered()).isFalse();
        assertThat(form.toFilter()).isEqualTo(new InboxFilter(null, null, null, false, null, null, "newest"));
        assertThat(form.toQuery()).isEmpty();
    }

    @Test
    void should_write_the_filters_as_a_query_string_that_reads_back_the_same() {
        // given
        InboxFilterForm form = new InboxFilterForm();
        form.setStatus("moi");
        form.setKind("hang-gia");
        form.setOverdueOnly(true);
        form.setFrom(LocalDate.of(2026, 1, 5));
        form.setSort("updated");

        // when
        String query = form.toQuery();
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts[1]);
        }

        // then
        assertThat(query).isEqualTo("trang-thai=moi&loai=hang-gia&qua-han=1&tu=2026-01-05&sap-xep=updated");
        assertThat(InboxFilterForm.fromQuery(parameters::get).toFilter()).isEqualTo(form.toFilter());
    }

    @Test
    void should_encode_values_that_are_not_plain_codes() {
        // given
        InboxFilterForm form = new InboxFilterForm();
        form.setKind("a&b=c");

        // when / then
        assertThat(form.toQuery()).isEqualTo("loai=a%26b%3Dc");
    }

    @Test
    void should_refuse_a_malformed_date_in_vietnamese() {
        assertThatThrownBy(() -> InboxFilterForm.fromQuery(Map.of("tu", "21/11/2026")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21/11/2026")
                .hasMessageContaining("chưa đúng dạng");
    }

    @Test
    void should_refuse_dates_in_the_wrong_order() {
        assertThatThrownBy(() -> InboxFilterForm.fromQuery(Map.of("tu", "2026-11-30", "den", "2026-11-01")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phải trước");
    }

    @Test
    void should_refuse_an_unknown_sort() {
        assertThatThrownBy(() -> InboxFilterForm.fromQuery(Map.of("sap-xep", "random")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cách sắp xếp không hợp lệ.");
    }
}
