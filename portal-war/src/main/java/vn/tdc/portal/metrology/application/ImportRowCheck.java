package vn.tdc.portal.metrology.application;

import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules every imported row is checked by, before anything is saved (a row breaking one is shown with its
 * problems and stops the whole file):
 * <ul>
 *     <li>a cell starting with {@code = + - @}, a tab or a carriage return could be a spreadsheet formula (formula
 *     injection): it is refused, never silently changed; so is text with {@code < >} or control characters, and
 *     text longer than its column allows;</li>
 *     <li>place, instrument type and serial are required; the type is a type's code or its name (without regard to
 *     diacritics or case); the place kind, if given, a kind's code or name (default: chợ);</li>
 *     <li>the verification date is {@code dd/MM/yyyy} or {@code yyyy-MM-dd} (or a real date cell), not in the
 *     future; the result is Đạt or Không đạt (default Đạt), the reference scale có or không (default không);</li>
 *     <li>a type and serial may appear once in a file (serials compared without regard to case, as the register's
 *     unique key does); one already in the register is updated, not added.</li>
 * </ul>
 */
public final class ImportRowCheck {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\\p{Cntrl}]");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<InstrumentTypeView> types;
    private final Predicate<String> placeKnown;
    private final BiPredicate<String, String> inRegister;
    private final LocalDate today;

    /**
     * @param types      the active instrument types
     * @param placeKnown whether the ward has a place of this folded name ({@code TradePlace.foldedName})
     * @param inRegister whether the ward's register has an instrument of this type code and serial
     * @param today      the day dates are checked against
     */
    public ImportRowCheck(List<InstrumentTypeView> types, Predicate<String> placeKnown,
                          BiPredicate<String, String> inRegister, LocalDate today) {
        this.types = List.copyOf(types);
        this.placeKnown = placeKnown;
        this.inRegister = inRegister;
        this.today = today;
    }

    /** Every data row of the table, checked; 400 when a required column is missing from the header line. */
    public List<ImportRow> check(SheetTable table) {
        Map<RegisterColumn, Integer> columns = columns(table.headers());
        Map<String, Integer> firstLineOfSerial = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        for (SheetRow row : table.rows()) {
            rows.add(check(row, columns, firstLineOfSerial));
        }
        return rows;
    }

    static Map<RegisterColumn, Integer> columns(List<String> headers) {
        Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            RegisterColumn.ofHeader(headers.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        List<String> missing = Arrays.stream(RegisterColumn.values())
                .filter(RegisterColumn::required).filter(column -> !columns.containsKey(column))
                .map(RegisterColumn::header).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.missing_columns",
                    String.join(", ", missing));
        }
        return columns;
    }

    private ImportRow check(SheetRow row, Map<RegisterColumn, Integer> columns,
                            Map<String, Integer> firstLineOfSerial) {
        List<String> problems = new ArrayList<>();
        Map<RegisterColumn, String> cells = new EnumMap<>(RegisterColumn.class);
        for (Map.Entry<RegisterColumn, Integer> column : columns.entrySet()) {
            String raw = row.cell(column.getValue());
            cells.put(column.getKey(), checkedText(column.getKey(), raw, problems));
        }
        String placeName = cells.getOrDefault(RegisterColumn.PLACE, "");
        if (placeName.isEmpty()) {
            problems.add(Messages.get("metrology.import.place_missing"));
        }
        PlaceKind kind = kind(cells.getOrDefault(RegisterColumn.PLACE_KIND, ""), problems);
        Optional<InstrumentTypeView> type = type(cells.getOrDefault(RegisterColumn.TYPE, ""), problems);
        String serial = cells.getOrDefault(RegisterColumn.SERIAL, "");
        if (serial.isEmpty()) {
            problems.add(Messages.get("metrology.import.serial_missing"));
        }
        LocalDate verifiedOn = date(cells.getOrDefault(RegisterColumn.VERIFIED_ON, ""), problems);
        boolean passed = choice(cells.getOrDefault(RegisterColumn.RESULT, ""), true, List.of("dat", "d", "co"),
                List.of("khong dat", "kd", "khong"), "metrology.import.result_invalid", problems);
        boolean reference = choice(cells.getOrDefault(RegisterColumn.REFERENCE, ""), false,
                List.of("co", "x", "1", "true"), List.of("khong", "0", "false"), "metrology.import.reference_invalid",
                problems);
        String action = ImportRow.ADD;
        if (type.isPresent() && !serial.isEmpty()) {
            String key = type.get().code() + "\n" + serial.toLowerCase(Locale.ROOT);
            Integer first = firstLineOfSerial.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(Messages.format("metrology.import.serial_duplicate", serial, String.valueOf(first)));
            }
            if (inRegister.test(type.get().code(), serial)) {
                action = ImportRow.UPDATE;
            }
        }
        boolean newPlace = !placeName.isEmpty() && !placeKnown.test(TradePlace.foldedName(placeName));
        return new ImportRow(row.line(), placeName, kind.code(), cells.getOrDefault(RegisterColumn.ADDRESS, ""),
                cells.getOrDefault(RegisterColumn.STALL, ""), cells.getOrDefault(RegisterColumn.OWNER, ""),
                type.map(InstrumentTypeView::code).orElse(""), type.map(InstrumentTypeView::name)
                .orElse(cells.getOrDefault(RegisterColumn.TYPE, "")), serial,
                cells.getOrDefault(RegisterColumn.BRAND, ""), verifiedOn,
                cells.getOrDefault(RegisterColumn.CERTIFICATE, ""), passed, reference,
                reference ? cells.getOrDefault(RegisterColumn.CAPACITY, "") : "",
                reference ? cells.getOrDefault(RegisterColumn.OPENING_HOURS, "") : "", action,
                Messages.get("metrology.import.action." + action), newPlace, problems);
    }

    /**
     * The cell's text, stripped of surrounding spaces; a problem (and empty text) when it could be a formula, holds
     * forbidden characters or is too long. The formula check looks at the cell as it came, before stripping.
     */
    static String checkedText(RegisterColumn column, String raw, List<String> problems) {
        if (FORMULA_START.matcher(raw).find()) {
            problems.add(Messages.format("metrology.import.formula", column.header()));
            return "";
        }
        String text = raw.strip();
        if (FORBIDDEN.matcher(text).find()) {
            problems.add(Messages.format("metrology.import.text", column.header()));
            return "";
        }
        if (text.length() > column.maxLength()) {
            problems.add(Messages.format("metrology.import.too_long", column.header(), String.valueOf(column.maxLength())));
            return "";
        }
        return text;
    }

    private static PlaceKind kind(String text, List<String> problems) {
        if (text.isEmpty()) {
            return PlaceKind.MARKET;
        }
        String folded = RegisterColumn.folded(text);
        for (PlaceKind kind : PlaceKind.values()) {
            if (kind.code().equals(folded) || RegisterColumn.folded(MetrologyLabels.of(kind)).equals(folded)) {
                return kind;
            }
        }
        Map<String, PlaceKind> aliases = Map.of("cay xang", PlaceKind.FUEL_STATION, "cua hang xang dau",
                PlaceKind.FUEL_STATION, "cua hang", PlaceKind.SHOP, "diem kinh doanh", PlaceKind.SHOP);
        if (aliases.containsKey(folded)) {
            return aliases.get(folded);
        }
        problems.add(Messages.format("metrology.import.kind_unknown", text));
        return PlaceKind.MARKET;
    }

    private Optional<InstrumentTypeView> type(String text, List<String> problems) {
        if (text.isEmpty()) {
            problems.add(Messages.get("metrology.import.type_missing"));
            return Optional.empty();
        }
        String folded = RegisterColumn.folded(text);
        Optional<InstrumentTypeView> type = types.stream()
                .filter(t -> t.code().equals(folded) || RegisterColumn.folded(t.name()).equals(folded)).findFirst();
        if (type.isEmpty()) {
            problems.add(Messages.format("metrology.import.type_unknown", text,
                    types.stream().map(InstrumentTypeView::name).collect(Collectors.joining(", "))));
        }
        return type;
    }

    private LocalDate date(String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = parseDate(text);
        if (day == null) {
            problems.add(Messages.format("metrology.import.date_invalid", text));
            return null;
        }
        if (day.isAfter(today)) {
            problems.add(Messages.format("metrology.import.date_future", SHOWN.format(day)));
            return null;
        }
        return day;
    }

    /** {@code dd/MM/yyyy} (also {@code d/M/yyyy}) or {@code yyyy-MM-dd}; null for anything else. */
    static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, ISO)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static boolean choice(String text, boolean empty, List<String> yes, List<String> no, String problemKey,
                                  List<String> problems) {
        if (text.isEmpty()) {
            return empty;
        }
        String folded = RegisterColumn.folded(text);
        if (yes.contains(folded)) {
            return true;
        }
        if (no.contains(folded)) {
            return false;
        }
        problems.add(Messages.format(problemKey, text));
        return empty;
    }
}
