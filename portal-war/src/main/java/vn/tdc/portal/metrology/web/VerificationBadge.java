package vn.tdc.portal.metrology.web;

import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * How residents are told where an instrument stands with its verification: a sentence, a tone ({@code ok} green,
 * {@code warn} amber, {@code bad} red) and an icon, so that colour is never the only sign. "Đã kiểm định — còn hạn
 * đến 31/12/2026" for a valid one, "Sắp hết hạn kiểm định — hạn đến …" within 30 days, "Quá hạn kiểm định",
 * "Không đạt" and "Đình chỉ sử dụng" otherwise.
 */
public record VerificationBadge(String tone, String icon, String text) implements Serializable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The badge of a {@link VerificationState} code on an instrument due on {@code dueOn} (none: never verified). */
    public static VerificationBadge of(String stateCode, LocalDate dueOn) {
        VerificationState state = Arrays.stream(VerificationState.values()).filter(s -> s.code().equals(stateCode))
                .findFirst().orElse(VerificationState.OVERDUE);
        return switch (state) {
            case VALID -> new VerificationBadge("ok", "pi-check-circle",
                    Messages.format("metrologyPublic.state.valid", date(dueOn)));
            case EXPIRING -> new VerificationBadge("warn", "pi-exclamation-triangle",
                    Messages.format("metrologyPublic.state.expiring", date(dueOn)));
            case OVERDUE -> new VerificationBadge("bad", "pi-times-circle", dueOn == null
                    ? Messages.get("metrologyPublic.state.never")
                    : Messages.format("metrologyPublic.state.overdue", date(dueOn)));
            case FAILED -> new VerificationBadge("bad", "pi-times-circle", Messages.get("metrologyPublic.state.failed"));
            case SUSPENDED -> new VerificationBadge("bad", "pi-ban", Messages.get("metrologyPublic.state.suspended"));
        };
    }

    /** {@code dd/MM/yyyy}; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
