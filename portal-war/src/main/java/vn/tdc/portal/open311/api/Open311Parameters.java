package vn.tdc.portal.open311.api;

import vn.tdc.portal.open311.application.Open311Status;
import vn.tdc.portal.open311.application.RequestSearch;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parameters of the GeoReport v2 calls. Rules of the specification: {@code service_request_id} (a comma
 * list) overrides every other filter; an id is the report's public number, never its tracking code (the resident's
 * credential), and a list with anything else in it is refused rather than silently answered empty;
 * {@code service_code} and {@code status} are comma lists too ({@code can-thieu,khac}; {@code open,closed});
 * {@code start_date}/{@code end_date} select by the time of submission, span at most 90 days and default to the last
 * 90 days. Without paging parameters the answer is what the specification promises ("90 days or the first 1000
 * requests"), which is what clients that never page (FixMyStreet, the Open311 gems) rely on; the portal's extension
 * {@code page} (from 1) and {@code page_size} (1–1000, default 1000) page beyond that.
 */
public final class Open311Parameters {

    public static final Duration MAX_WINDOW = Duration.ofDays(90);
    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_IDS = 100;
    public static final int MAX_SERVICE_CODES = 100;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

    private Open311Parameters() {
    }

    /** A time window [{@code from}, {@code before}). */
    public record Window(Instant from, Instant before) {
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text (a body or a query string) as UTF-8; names keep the
     * order they came in, repeated names keep all their values.
     */
    public static Map<String, List<String>> form(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "open311.error.form_encoding");
        }
    }

    public static RequestSearch requestSearch(Map<String, List<String>> query, Instant now) {
        String ids = first(query, "service_request_id");
        List<String> texts = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (texts.size() > MAX_IDS) {
            throw invalid("service_request_id", Messages.format("open311.error.too_many_ids", MAX_IDS));
        }
        List<Long> requestIds = texts.stream().map(text -> requestId(text).orElseThrow(() ->
                invalid("service_request_id", Messages.get("open311.error.request_id_format")))).distinct().toList();
        Window window = window(query, now);
        return new RequestSearch(jurisdictionId(query), requestIds, serviceCodes(first(query, "service_code")), window.from(),
                window.before(), statuses(first(query, "status")), page(query), pageSize(query));
    }

    /** The {@code jurisdiction_id} (a ward's code), or null when none is given. */
    public static String jurisdictionId(Map<String, List<String>> query) {
        String value = first(query, "jurisdiction_id");
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The kinds of a {@code service_code} comma list, in the order given; empty for any kind. */
    static Set<String> serviceCodes(String value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty()).forEach(codes::add);
        }
        if (codes.size() > MAX_SERVICE_CODES) {
            throw invalid("service_code", Messages.format("open311.error.too_many_service_codes", MAX_SERVICE_CODES));
        }
        return codes;
    }

    /** A {@code service_request_id}: a report's id, a positive whole number; empty for anything else. */
    public static Optional<Long> requestId(String text) {
        String digits = text == null ? "" : text.strip();
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(digits);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The window of {@code start_date} and {@code end_date} (end included), the last 90 days when neither is given.
     * Times of reports and updates are kept to the second (the database does not keep the milliseconds), so an end
     * includes its whole second: without that, a report filed in the second a client asks would be left out.
     */
    public static Window window(Map<String, List<String>> query, Instant now) {
        Instant start = date("start_date", first(query, "start_date"), false);
        Instant end = date("end_date", first(query, "end_date"), true);
        if (start == null && end == null) {
            return new Window(now.minus(MAX_WINDOW), afterSecondOf(now));
        }
        if (start == null) {
            return new Window(end.minus(MAX_WINDOW), end);
        }
        if (end == null) {
            return new Window(start, start.plus(MAX_WINDOW));
        }
        if (!end.isAfter(start)) {
            throw invalid("end_date", Messages.get("open311.error.window_order"));
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW.plusDays(1)) > 0) {
            throw invalid("end_date", Messages.format("open311.error.window_too_long", MAX_WINDOW.toDays()));
        }
        return new Window(start, end);
    }

    public static int page(Map<String, List<String>> query) {
        return number(query, "page", 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    }

    public static int pageSize(Map<String, List<String>> query) {
        String value = first(query, "page_size");
        return value == null || value.isBlank() ? DEFAULT_PAGE_SIZE : number(query, "page_size", 1, MAX_PAGE_SIZE);
    }

    private static int number(Map<String, List<String>> query, String name, int min, int max) {
        String value = first(query, name);
        if (value == null || value.isBlank()) {
            return min;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw invalid(name, Messages.format("open311.error.number", min, max));
    }

    private static Set<Open311Status> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<Open311Status> statuses = EnumSet.noneOf(Open311Status.class);
        for (String part : value.split(",")) {
            statuses.add(Open311Status.parse(part).orElseThrow(() ->
                    invalid("status", Messages.get("open311.error.status"))));
        }
        return statuses;
    }

    /**
     * A W3C datetime with its offset ({@code Z} or {@code +07:00}; a {@code +} decoded to a space is read back) or a
     * date, read in Vietnam's time zone: as the day's first instant, or for an end as the next day's.
     * An end datetime is included: the window ends when its second is over.
     */
    private static Instant date(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', '+');
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return PortalTime.startOf(end ? day.plusDays(1) : day);
            }
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return end ? afterSecondOf(instant) : instant;
        } catch (DateTimeParseException e) {
            throw invalid(name, Messages.get("open311.error.date"));
        }
    }

    /** The first instant after the second {@code instant} falls in. */
    private static Instant afterSecondOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid("api.error.validation_failed",
                List.of(FieldProblem.text(field, message)));
    }
}
