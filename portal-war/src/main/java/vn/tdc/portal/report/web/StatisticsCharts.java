package vn.tdc.portal.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.tdc.portal.report.application.PublicStatistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces 15 takes the configuration as JSON in {@code value} and
 * writes it into an inline script). Labels come from data an administrator edits, so {@code <}, {@code >} and
 * {@code &} are written as JSON escapes: nothing in a label can close the script.
 */
final class StatisticsCharts {

    static final List<String> PALETTE = List.of("#b3261e", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f",
            "#5d4037", "#c2185b", "#827717", "#455a64");
    private static final String BRAND = "#b3261e";
    private static final int LABEL_WIDTH = 22;

    private StatisticsCharts() {
    }

    /** Bars, one per count; horizontal ones leave room for long Vietnamese labels on a phone. */
    static String bar(List<PublicStatistics.Count> counts, String seriesLabel, boolean horizontal) {
        JsonObjectBuilder options = baseOptions(false)
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        .add(horizontal ? "y" : "x", Json.createObjectBuilder()
                                .add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (PublicStatistics.Count count : counts) {
            if (horizontal) {
                labels.add(Json.createArrayBuilder(lines(count.label(), LABEL_WIDTH)));
            } else {
                labels.add(count.label());
            }
        }
        return config("bar", labels, dataset(counts, seriesLabel).add("backgroundColor", BRAND), options);
    }

    /** A doughnut, one slice per count, with its legend. */
    static String doughnut(List<PublicStatistics.Count> counts, String seriesLabel) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < counts.size(); i++) {
            colors.add(PALETTE.get(i % PALETTE.size()));
        }
        return config("doughnut", plainLabels(counts), dataset(counts, seriesLabel).add("backgroundColor", colors),
                baseOptions(true));
    }

    /** A line over time (the months). */
    static String line(List<PublicStatistics.Count> counts, String seriesLabel) {
        JsonObjectBuilder options = baseOptions(false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return config("line", plainLabels(counts), dataset(counts, seriesLabel)
                .add("borderColor", BRAND)
                .add("backgroundColor", "rgba(179, 38, 30, 0.15)")
                .add("fill", true)
                .add("tension", 0.2), options);
    }

    private static JsonObjectBuilder dataset(List<PublicStatistics.Count> counts, String seriesLabel) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach(count -> data.add(count.count()));
        return Json.createObjectBuilder().add("label", seriesLabel).add("data", data);
    }

    private static JsonObjectBuilder baseOptions(boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder()
                                .add("display", legend)
                                .add("position", "bottom")));
    }

    /**
     * A label cut into lines of at most {@code width} characters at spaces (Chart.js draws an array label as several
     * lines), so long Vietnamese names stay readable beside a horizontal bar on a phone.
     */
    static List<String> lines(String label, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The height of a horizontal bar chart: room for every bar and its label lines, at least 18rem. */
    static String barHeight(int bars) {
        return Math.max(18, 3 * bars) + "rem";
    }

    private static JsonArrayBuilder plainLabels(List<PublicStatistics.Count> counts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        counts.forEach(count -> labels.add(count.label()));
        return labels;
    }

    private static String config(String type, JsonArrayBuilder labels, JsonObjectBuilder dataset,
                                 JsonObjectBuilder options) {
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build();
        return scriptSafe(config.toString());
    }

    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
