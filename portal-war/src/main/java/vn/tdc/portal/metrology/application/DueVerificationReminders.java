package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.ReminderRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.mail.MailDeliveryException;
import vn.tdc.portal.platform.mail.MailSender;
import vn.tdc.portal.platform.mail.OutgoingMail;
import vn.tdc.portal.platform.persistence.ClusterLocks;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reminds each ward's officers of the instruments whose verification is due: one email per officer (the ward's
 * enabled OFFICER accounts that have an email address) listing the instruments in use that became overdue or are due
 * within {@value MeasuringInstrument#EXPIRING_DAYS} days. Each instrument is announced once per due date: what was
 * announced is remembered ({@code instrument_reminder}), and a new verification (a new due date) makes it due for a
 * reminder again when its time comes. An instrument is remembered only when at least one officer was mailed, so a ward
 * whose officers have no address yet gets the list once one of them has one. Instruments never verified, failed or
 * suspended are not announced (they are not "becoming" due; the dashboard lists them).
 *
 * <p>Runs daily ({@code DueVerificationReminderSchedule}) and on an administrator's request, for the wards of the
 * caller's scope (every ward for the daily run); one run at a time on a cluster, under the named lock {@value #LOCK}.
 */
@ApplicationScoped
public class DueVerificationReminders {

    /** The named lock ({@link ClusterLocks}) a run holds. */
    public static final String LOCK = "tdc.metrology.reminders";

    private static final Logger LOG = Logger.getLogger(DueVerificationReminders.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ReminderRepository reminders;

    @Inject
    MetrologyRepository register;

    @Inject
    UnitDirectory units;

    @Inject
    MailSender mail;

    @Inject
    CallerScopes scopes;

    @Inject
    ClusterLocks locks;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.system(PortalTime.ZONE);

    /**
     * Reminds the officers of every active ward of the caller's scope unless another run holds the lock; how many
     * instruments were announced, empty when another run was under way.
     */
    public java.util.Optional<Integer> remindAlone() {
        return locks.ifFree(LOCK, this::remindAll);
    }

    /** Reminds the officers of every active ward of the caller's scope; how many instruments were announced. */
    int remindAll() {
        UnitScope scope = scopes.current();
        int announced = 0;
        for (UnitView ward : units.wards()) {
            if (ward.active() && scope.covers(ward.path())) {
                announced += remind(ward);
            }
        }
        return announced;
    }

    /** Reminds the officers of one ward of its due instruments not announced yet; how many were announced. */
    public int remind(UnitView ward) {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        List<MeasuringInstrument> due = reminders.dueWithoutReminder(ward.id(),
                today.plusDays(MeasuringInstrument.EXPIRING_DAYS));
        if (due.isEmpty()) {
            return 0;
        }
        List<String> officers = reminders.officerEmails(ward.id());
        if (officers.isEmpty()) {
            return 0;
        }
        String body = body(ward, due, today);
        String subject = Messages.format("metrology.reminder.subject", ward.title());
        int delivered = 0;
        for (String officer : officers) {
            try {
                mail.send(new OutgoingMail(officer, subject, body));
                delivered++;
            } catch (MailDeliveryException | IllegalArgumentException e) {
                LOG.warning(() -> "Reminder of " + due.size() + " instrument(s) of " + ward.code()
                        + " not delivered to an officer: " + e.getMessage());
            }
        }
        if (delivered == 0) {
            return 0;
        }
        for (MeasuringInstrument instrument : due) {
            reminders.remember(instrument.id(), instrument.dueOn(), clock.instant(), delivered);
        }
        return due.size();
    }

    private String body(UnitView ward, List<MeasuringInstrument> due, LocalDate today) {
        Map<Long, TradePlace> places = due.stream().map(MeasuringInstrument::placeId).distinct()
                .map(register::place).flatMap(Optional::stream)
                .collect(Collectors.toMap(TradePlace::id, Function.identity()));
        Map<String, String> types = register.types().stream()
                .collect(Collectors.toMap(InstrumentType::code, InstrumentType::name));
        List<String> lines = new ArrayList<>();
        lines.add(Messages.format("metrology.reminder.intro", ward.name(),
                String.valueOf(MeasuringInstrument.EXPIRING_DAYS), DAY.format(today)));
        lines.add("");
        for (MeasuringInstrument instrument : due) {
            TradePlace place = places.get(instrument.placeId());
            lines.add(Messages.format("metrology.reminder.line", instrument.code().grouped(),
                    place == null ? "" : place.name(), types.getOrDefault(instrument.typeCode(),
                            instrument.typeCode()),
                    instrument.stall().isBlank() ? "" : Messages.format("metrology.reminder.stall",
                            instrument.stall()),
                    instrument.serialNo(), DAY.format(instrument.dueOn()), MetrologyLabels.of(instrument.stateOn(today))));
        }
        lines.add("");
        lines.add(Messages.format("metrology.reminder.outro",
                publicUrl.replaceAll("/+$", "") + "/quan-tri/phuong-tien-do/tong-quan"));
        return String.join("\n", lines);
    }
}
