package vn.tdc.portal.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.application.PublicStatistics.Count;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsChartsTest {

    private static final List<Count> KINDS = List.of(new Count("can-thieu", "Cân thiếu", 3),
            new Count("hang-gia", "Hàng giả", 0));

    @Test
    void should_describe_a_horizontal_bar_chart_of_the_counts() {
        // when
        JsonObject config = read(StatisticsCharts.bar(KINDS, "Số phản ánh", true));

        // then
        assertThat(config.getString("type")).isEqualTo("bar");
        JsonObject data = config.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(JsonArray.class))
                .extracting(lines -> lines.getString(0)).containsExactly("Cân thiếu", "Hàng giả");
        JsonObject dataset = data.getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo("Số phản ánh");
        assertThat(dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::longValue)).containsExactly(3L, 0L);
        assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("beginAtZero"))
                .isTrue();
    }

    @Test
    void should_colour_each_slice_of_a_doughnut_and_show_its_legend() {
        // when
        JsonObject config = read(StatisticsCharts.doughnut(KINDS, "Số phản ánh"));

        // then
        assertThat(config.getString("type")).isEqualTo("doughnut");
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor")).hasSize(2);
        assertThat(config.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .get("display")).isEqualTo(JsonValue.TRUE);
    }

    @Test
    void should_keep_a_label_from_closing_the_inline_script() {
        // given
        List<Count> hostile = List.of(new Count("x", "</script><script>alert(1)</script> & co", 1));

        // when
        String json = StatisticsCharts.line(hostile, "Số phản ánh");

        // then
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(read(json).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script> & co");
    }

    @Test
    void should_cut_a_long_label_into_lines_at_spaces() {
        // when
        List<String> lines = StatisticsCharts.lines("Ghi nhãn sai, không nhãn, không rõ nguồn gốc", 22);

        // then
        assertThat(lines).containsExactly("Ghi nhãn sai, không", "nhãn, không rõ nguồn", "gốc");
        assertThat(StatisticsCharts.lines("Phòng Kinh tế", 22)).containsExactly("Phòng Kinh tế");
    }

    @Test
    void should_keep_a_word_longer_than_a_line_whole() {
        assertThat(StatisticsCharts.lines("Khônggiancáchnàocả dài", 5)).containsExactly("Khônggiancáchnàocả", "dài");
    }

    @Test
    void should_show_every_label_of_a_horizontal_bar_chart_in_a_chart_tall_enough_for_them() {
        // when
        JsonObject config = read(StatisticsCharts.bar(KINDS, "Số phản ánh", true));

        // then
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("ticks").getBoolean("autoSkip")).isFalse();
        assertThat(StatisticsCharts.barHeight(2)).isEqualTo("18rem");
        assertThat(StatisticsCharts.barHeight(8)).isEqualTo("24rem");
    }

    @Test
    void should_leave_the_labels_of_a_vertical_chart_on_one_line() {
        // when
        JsonObject config = read(StatisticsCharts.bar(KINDS, "Số phản ánh", false));

        // then
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("Cân thiếu");
        assertThat(config.getJsonObject("options").containsKey("indexAxis")).isFalse();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
