package vn.tdc.portal.metrology.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuringInstrumentTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final InstrumentType SCALE = new InstrumentType("can-dien-tu", "Cân điện tử", 12, 30);
    private static final LocalDate VERIFIED = LocalDate.of(2026, 1, 15);

    private static TradePlace market(long unitId) {
        TradePlace place = new TradePlace(unitId, "canbo", NOW);
        place.describe(PlaceKind.MARKET, "Chợ Đông Cứu", "Thôn Đông", null, BigDecimal.ONE, BigDecimal.TEN,
                "canbo", NOW);
        return place;
    }

    private static MeasuringInstrument verifiedOn(LocalDate day, boolean passed) {
        MeasuringInstrument instrument = new MeasuringInstrument(new InstrumentCode("K7M2Q9XA"), 101, "canbo", NOW);
        instrument.verified(SCALE, day, "TEM-001", passed, "canbo", NOW);
        return instrument;
    }

    @Test
    void should_be_due_one_cycle_after_its_verification() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);

        assertThat(instrument.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void should_be_valid_until_thirty_days_before_its_due_date_then_expiring_until_the_due_date_itself() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);

        assertThat(instrument.stateOn(LocalDate.of(2026, 12, 15))).isEqualTo(VerificationState.VALID);
        assertThat(instrument.stateOn(LocalDate.of(2026, 12, 16))).isEqualTo(VerificationState.EXPIRING);
        assertThat(instrument.stateOn(LocalDate.of(2027, 1, 15))).isEqualTo(VerificationState.EXPIRING);
        assertThat(instrument.stateOn(LocalDate.of(2027, 1, 16))).isEqualTo(VerificationState.OVERDUE);
    }

    @Test
    void should_be_overdue_when_never_verified() {
        MeasuringInstrument instrument = verifiedOn(null, true);

        assertThat(instrument.dueOn()).isNull();
        assertThat(instrument.stateOn(VERIFIED)).isEqualTo(VerificationState.OVERDUE);
        assertThat(instrument.stateOn(VERIFIED).usable()).isFalse();
    }

    @Test
    void should_fail_when_its_last_verification_did_not_pass_even_before_its_due_date() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, false);

        assertThat(instrument.stateOn(VERIFIED.plusDays(1))).isEqualTo(VerificationState.FAILED);
    }

    @Test
    void should_be_suspended_whatever_its_certificate_says() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);

        instrument.suspend(true, "canbo", NOW);

        assertThat(instrument.stateOn(VERIFIED.plusDays(1))).isEqualTo(VerificationState.SUSPENDED);
        assertThat(VerificationState.SUSPENDED.usable()).isFalse();
    }

    @Test
    void should_move_its_due_date_when_its_type_changes_cycle() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);
        TradePlace place = market(101);
        InstrumentType meter = new InstrumentType("dong-ho-nuoc", "Đồng hồ nước lạnh", 60, 70);

        instrument.describe(meter, withId(place, 5L), "12", null, "SN-1", "", "canbo", NOW);

        assertThat(instrument.dueOn()).isEqualTo(LocalDate.of(2031, 1, 15));
    }

    @Test
    void should_refuse_a_place_of_another_ward() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);

        assertThatThrownBy(() -> instrument.describe(SCALE, withId(market(202), 6L), "12", null, "SN-1", "", "canbo",
                NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_capacity_and_hours_only_for_a_reference_scale() {
        MeasuringInstrument instrument = verifiedOn(VERIFIED, true);

        instrument.serveAsReference(false, "60 kg", "6:00 – 18:00", "canbo", NOW);

        assertThat(instrument.capacity()).isEmpty();
        assertThat(instrument.openingHours()).isEmpty();
    }

    @Test
    void should_compare_place_names_without_diacritics_case_or_repeated_spaces() {
        assertThat(TradePlace.foldedName("  Chợ   Đông Cứu ")).isEqualTo(TradePlace.foldedName("cho dong cuu"));
    }

    private static TradePlace withId(TradePlace place, long id) {
        try {
            var field = TradePlace.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(place, id);
            return place;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
