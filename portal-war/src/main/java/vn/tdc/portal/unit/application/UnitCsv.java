package vn.tdc.portal.unit.application;

import vn.tdc.portal.platform.problem.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The units' CSV (UTF-8, comma-separated, fields quoted with {@code "} where needed, an optional byte order mark):
 * the header {@value #HEADER} and one unit a line. A line's problems are named {@code rows[N].column}, N being the
 * line's number in the file (the header is line 1). A cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is refused: a spreadsheet opening the file again would run it as a formula
 * (so a coordinate is never negative here, which no place in Việt Nam needs).
 */
public final class UnitCsv {

    public static final String HEADER = "code,slug,name,kind,province_code,address,hotline,email,working_hours,"
            + "latitude,longitude,radius_km";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** The form's property for each column, to report Bean Validation problems under the file's column names. */
    static final Map<String, String> COLUMN_OF_PROPERTY = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("slug", "slug"), Map.entry("name", "name"), Map.entry("kind", "kind"),
            Map.entry("parentCode", "province_code"), Map.entry("address", "address"),
            Map.entry("hotline", "hotline"), Map.entry("email", "email"), Map.entry("workingHours", "working_hours"),
            Map.entry("latitude", "latitude"), Map.entry("longitude", "longitude"),
            Map.entry("radiusKm", "radius_km"));

    /** One line read: its number in the file and the unit it describes (null when the line could not be read). */
    public record Row(int line, UnitForm unit) {
    }

    /** The lines read and what is wrong with the file or its lines. */
    public record Parsed(List<Row> rows, List<FieldProblem> problems) {
    }

    private UnitCsv() {
    }

    public static Parsed parse(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<FieldProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty() || !header(records.get(0))) {
            problems.add(FieldProblem.of("file", "units.import.header", HEADER));
            return new Parsed(rows, problems);
        }
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int line = i + 1;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != COLUMNS.size()) {
                problems.add(FieldProblem.of(field(line, null), "units.import.columns", COLUMNS.size(), cells.size()));
                continue;
            }
            rows.add(new Row(line, unit(line, cells, problems)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("file", "units.import.empty"));
        }
        return new Parsed(rows, problems);
    }

    /** {@code rows[N].column}, or {@code rows[N]} for the whole line. */
    public static String field(int line, String column) {
        return "rows[" + line + "]" + (column == null ? "" : "." + column);
    }

    private static boolean header(List<String> cells) {
        return cells.stream().map(cell -> cell.strip().toLowerCase(java.util.Locale.ROOT)).toList().equals(COLUMNS);
    }

    private static UnitForm unit(int line, List<String> cells, List<FieldProblem> problems) {
        UnitForm form = new UnitForm();
        List<BiConsumer<UnitForm, String>> setters = List.of(UnitForm::setCode, UnitForm::setSlug, UnitForm::setName,
                UnitForm::setKind, UnitForm::setParentCode, UnitForm::setAddress, UnitForm::setHotline,
                UnitForm::setEmail, UnitForm::setWorkingHours,
                (f, v) -> f.setLatitude(number(v, line, "latitude", problems)),
                (f, v) -> f.setLongitude(number(v, line, "longitude", problems)),
                (f, v) -> f.setRadiusKm(number(v, line, "radius_km", problems)));
        for (int column = 0; column < COLUMNS.size(); column++) {
            String cell = cells.get(column);
            String value = cell.strip();
            if (isFormula(cell) || isFormula(value)) {
                problems.add(FieldProblem.of(field(line, COLUMNS.get(column)), "units.import.formula"));
                continue;
            }
            setters.get(column).accept(form, value.isEmpty() && column > 3 ? null : value);
        }
        return form;
    }

    private static boolean isFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static BigDecimal number(String value, int line, String column, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field(line, column), "units.import.number", value));
            return null;
        }
    }

    /** The file's records: RFC 4180 fields (quoted fields may hold commas, quotes doubled and line breaks). */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                current.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                if (c == '\r') {
                    i++;
                }
                current.add(cell.toString());
                cell.setLength(0);
                records.add(current);
                current = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            current.add(cell.toString());
            records.add(current);
        }
        return records;
    }
}
