package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.InboxFilter;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The officer inbox's filters as the page edits them and as a query string carries them to the page and to the CSV
 * export ({@code ?trang-thai=&loai=&don-vi=&qua-han=1&tu=2026-11-01&den=2026-11-30&sap-xep=&phuong-xa=}); {@code phuong-xa}
 * is a ward's code, offered to staff who see more than one ward.
 */
public class InboxFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Set<String> SORTS = Set.of("newest", "oldest", "due", "updated");

    private String status;
    private String kind;
    private String department;
    private boolean overdueOnly;
    private LocalDate from;
    private LocalDate to;
    private String sort = "newest";
    private String ward;

    /**
     * Reads the filters from query parameters; blank ones do not filter.
     *
     * @throws IllegalArgumentException with a Vietnamese message when a date is not {@code yyyy-MM-dd}, the dates
     *                                  are in the wrong order or the sort is unknown
     */
    public static InboxFilterForm fromQuery(Function<String, String> parameter) {
        InboxFilterForm form = new InboxFilterForm();
        form.status = blankToNull(parameter.apply("trang-thai"));
        form.kind = blankToNull(parameter.apply("loai"));
        form.department = blankToNull(parameter.apply("don-vi"));
        form.ward = blankToNull(parameter.apply("phuong-xa"));
        String overdue = blankToNull(parameter.apply("qua-han"));
        form.overdueOnly = "1".equals(overdue) || "true".equalsIgnoreCase(overdue);
        form.from = date(parameter.apply("tu"));
        form.to = date(parameter.apply("den"));
        String sort = blankToNull(parameter.apply("sap-xep"));
        if (sort != null && !SORTS.contains(sort)) {
            throw new IllegalArgumentException(Messages.get("reportInbox.badSort"));
        }
        form.sort = sort == null ? "newest" : sort;
        if (!form.datesInOrder()) {
            throw new IllegalArgumentException(Messages.get("reportInbox.datesOrder"));
        }
        return form;
    }

    /** The same filters as a query string (without "?"); empty when nothing filters. */
    public String toQuery() {
        List<String> parts = new ArrayList<>();
        append(parts, "trang-thai", status);
        append(parts, "loai", kind);
        append(parts, "don-vi", department);
        if (overdueOnly) {
            parts.add("qua-han=1");
        }
        append(parts, "tu", from == null ? null : from.toString());
        append(parts, "den", to == null ? null : to.toString());
        if (sort != null && !"newest".equals(sort)) {
            append(parts, "sap-xep", sort);
        }
        append(parts, "phuong-xa", ward);
        return String.join("&", parts);
    }

    public InboxFilter toFilter() {
        return new InboxFilter(blankToNull(status), blankToNull(kind), blankToNull(department), overdueOnly, from, to,
                sort, blankToNull(ward));
    }

    public boolean datesInOrder() {
        return from == null || to == null || !from.isAfter(to);
    }

    public boolean isFiltered() {
        return blankToNull(status) != null || blankToNull(kind) != null || blankToNull(department) != null
                || overdueOnly || from != null || to != null || blankToNull(ward) != null;
    }

    private static void append(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static LocalDate date(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.format("reportInbox.badDate", text), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
