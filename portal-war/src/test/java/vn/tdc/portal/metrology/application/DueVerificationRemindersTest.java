package vn.tdc.portal.metrology.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.InstrumentType;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.MetrologyRepository;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.ReminderRepository;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.mail.MailSender;
import vn.tdc.portal.platform.mail.OutgoingMail;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily reminder of due verifications, with a fake clock, register, memory and mail server. */
class DueVerificationRemindersTest {

    private static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");
    private static final InstrumentType SCALE = new InstrumentType("can-dien-tu", "Cân điện tử", 12, 30);
    private static final UnitView WARD = new UnitView(101, "xa-dong-cuu", "xa-dong-cuu", "xã Đông Cứu", UnitLevel.XA,
            "xa", 10L, "/bac-ninh/xa-dong-cuu/", "", "", "", "", null, null, null, "tỉnh Bắc Ninh", true);

    private final List<MeasuringInstrument> register = new ArrayList<>();
    private final Set<String> remembered = new HashSet<>();
    private final List<String> officers = new ArrayList<>();
    private final List<OutgoingMail> sent = new ArrayList<>();
    private TradePlace market;
    private DueVerificationReminders reminders;

    private static <T> T withId(T entity, long id) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void wire() {
        market = withId(new TradePlace(101, "canbo", NOW), 5L);
        market.describe(PlaceKind.MARKET, "Chợ Đông Cứu", "", null, null, null, "canbo", NOW);
        reminders = new DueVerificationReminders();
        reminders.publicUrl = "https://dongcuu.example.vn/";
        reminders.clock = Clock.fixed(NOW, PortalTime.ZONE);
        reminders.reminders = new ReminderRepository() {
            @Override
            public List<MeasuringInstrument> dueWithoutReminder(long unitId, LocalDate until) {
                return register.stream().filter(i -> i.unitId() == unitId && i.verifiedOn() != null)
                        .filter(MeasuringInstrument::verificationPassed).filter(i -> !i.suspended())
                        .filter(i -> !i.dueOn().isAfter(until))
                        .filter(i -> !remembered.contains(i.id() + "@" + i.dueOn())).toList();
            }

            @Override
            public List<String> officerEmails(long unitId) {
                return List.copyOf(officers);
            }

            @Override
            public void remember(long instrumentId, LocalDate dueOn, Instant sentAt, int recipients) {
                remembered.add(instrumentId + "@" + dueOn);
            }
        };
        reminders.register = (MetrologyRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MetrologyRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "types" -> List.of(SCALE);
                    case "place" -> Optional.of(market);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        reminders.mail = new MailSender() {
            @Override
            public void send(OutgoingMail mail) {
                sent.add(mail);
            }
        };
    }

    private MeasuringInstrument scale(long id, String code, LocalDate verifiedOn) {
        MeasuringInstrument instrument = withId(new MeasuringInstrument(new InstrumentCode(code), 101, "canbo", NOW),
                id);
        instrument.describe(SCALE, market, "12", "Hộ bà A", "SN-" + id, "", "canbo", NOW);
        instrument.verified(SCALE, verifiedOn, "TEM", true, "canbo", NOW);
        register.add(instrument);
        return instrument;
    }

    @Test
    void should_mail_each_officer_the_instruments_overdue_or_due_within_thirty_days_once_per_due_date() {
        // given: today is 04/12/2026 in Vietnam
        officers.addAll(List.of("canbo.a@example.vn", "canbo.b@example.vn"));
        scale(1, "AAAA2222", LocalDate.of(2025, 11, 30));   // due 30/11/2026: overdue
        scale(2, "BBBB3333", LocalDate.of(2026, 1, 3));     // due 03/01/2027: in 30 days
        scale(3, "CCCC4444", LocalDate.of(2026, 1, 4));     // due 04/01/2027: in 31 days
        scale(4, "DDDD5555", null);                          // never verified: not announced

        // when
        int first = reminders.remind(WARD);
        int second = reminders.remind(WARD);

        // then
        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(sent).extracting(OutgoingMail::to).containsExactly("canbo.a@example.vn", "canbo.b@example.vn");
        OutgoingMail mail = sent.get(0);
        assertThat(mail.subject()).isEqualTo("Phương tiện đo đến hạn kiểm định – Xã Đông Cứu");
        assertThat(mail.textBody())
                .contains("AAAA-2222: Chợ Đông Cứu, Cân điện tử sạp 12, số máy SN-1 – hạn kiểm định 30/11/2026"
                        + " (Quá hạn kiểm định)")
                .contains("BBBB-3333").contains("03/01/2027 (Sắp hết hạn)")
                .doesNotContain("CCCC-4444").doesNotContain("DDDD-5555").doesNotContain("Hộ bà A")
                .contains("https://dongcuu.example.vn/quan-tri/phuong-tien-do/tong-quan");
    }

    @Test
    void should_announce_an_instrument_again_for_its_next_due_date_after_a_new_verification() {
        // given
        officers.add("canbo.a@example.vn");
        MeasuringInstrument instrument = scale(1, "AAAA2222", LocalDate.of(2025, 11, 30));
        reminders.remind(WARD);

        // when: verified again, then a year later its new due date comes near
        instrument.verified(SCALE, LocalDate.of(2026, 12, 4), "TEM-2", true, "canbo", NOW);
        int sameDay = reminders.remind(WARD);
        reminders.clock = Clock.fixed(Instant.parse("2027-11-20T00:00:00Z"), PortalTime.ZONE);
        int nextYear = reminders.remind(WARD);

        // then
        assertThat(sameDay).isZero();
        assertThat(nextYear).isEqualTo(1);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).textBody()).contains("hạn kiểm định 04/12/2027 (Sắp hết hạn)");
    }

    @Test
    void should_keep_the_instruments_for_later_while_no_officer_of_the_ward_has_an_address() {
        // given
        scale(1, "AAAA2222", LocalDate.of(2025, 11, 30));

        // when
        int without = reminders.remind(WARD);
        officers.add("canbo.a@example.vn");
        int with = reminders.remind(WARD);

        // then
        assertThat(without).isZero();
        assertThat(with).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }
}
