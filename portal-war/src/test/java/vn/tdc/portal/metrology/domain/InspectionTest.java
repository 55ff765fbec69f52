package vn.tdc.portal.metrology.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final InstrumentType SCALE = new InstrumentType("can-dien-tu", "Cân điện tử", 12, 30);
    private static final LocalDate VERIFIED = LocalDate.of(2026, 3, 1);

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

    private static TradePlace market(long unitId, long id) {
        TradePlace place = new TradePlace(unitId, "canbo", NOW);
        place.describe(PlaceKind.MARKET, "Chợ Đông Cứu", "", null, null, null, "canbo", NOW);
        return withId(place, id);
    }

    private static MeasuringInstrument scaleAt(TradePlace place, LocalDate verifiedOn) {
        MeasuringInstrument instrument = withId(new MeasuringInstrument(new InstrumentCode("K7M2Q9XA"),
                place.unitId(), "canbo", NOW), 7L);
        instrument.describe(SCALE, place, "12", "Hộ bà A", "SN-1", "", "canbo", NOW);
        instrument.verified(SCALE, verifiedOn, "TEM-1", true, "canbo", NOW);
        return instrument;
    }

    private static Inspection inspection(LocalDate heldOn) {
        return new Inspection(101, heldOn, TODAY, "Đoàn liên ngành", "", "", "canbo", NOW);
    }

    @Test
    void should_mark_an_instrument_failed_when_a_finding_on_it_is_khong_dat_keeping_its_verification_day() {
        // given
        TradePlace market = market(101, 5);
        MeasuringInstrument scale = scaleAt(market, VERIFIED);
        Inspection inspection = inspection(TODAY);

        // when
        inspection.find(market, scale, FindingResult.FAILED, "-50 g / 2 kg", "Lập biên bản", null, "canbo", NOW);

        // then
        assertThat(scale.stateOn(TODAY)).isEqualTo(VerificationState.FAILED);
        assertThat(scale.verifiedOn()).isEqualTo(VERIFIED);
        assertThat(scale.dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(inspection.failedCount()).isEqualTo(1);
        assertThat(inspection.findings().get(0).errorText()).isEqualTo("-50 g / 2 kg");
    }

    @Test
    void should_leave_an_instrument_as_it_was_when_a_finding_on_it_is_dat() {
        TradePlace market = market(101, 5);
        MeasuringInstrument scale = scaleAt(market, VERIFIED);

        inspection(TODAY).find(market, scale, FindingResult.PASSED, "", "", null, "canbo", NOW);

        assertThat(scale.stateOn(TODAY)).isEqualTo(VerificationState.VALID);
    }

    @Test
    void should_leave_a_never_verified_instrument_overdue_when_it_fails_an_inspection() {
        TradePlace market = market(101, 5);
        MeasuringInstrument scale = scaleAt(market, null);

        boolean changed = scale.failedInspection("canbo", NOW);

        assertThat(changed).isFalse();
        assertThat(scale.stateOn(TODAY)).isEqualTo(VerificationState.OVERDUE);
    }

    @Test
    void should_refuse_a_day_in_the_future() {
        assertThatThrownBy(() -> inspection(TODAY.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(inspection(TODAY).heldOn()).isEqualTo(TODAY);
    }

    @Test
    void should_refuse_a_place_of_another_ward_and_an_instrument_of_another_place() {
        Inspection inspection = inspection(TODAY);
        TradePlace elsewhere = market(202, 6);
        TradePlace market = market(101, 5);
        MeasuringInstrument scaleElsewhere = scaleAt(market(101, 8), VERIFIED);

        assertThatThrownBy(() -> inspection.find(elsewhere, null, FindingResult.PASSED, "", "", null, "canbo", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inspection.find(market, scaleElsewhere, FindingResult.FAILED, "", "", null, "canbo",
                NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(inspection.findings()).isEmpty();
        assertThat(scaleElsewhere.stateOn(TODAY)).isEqualTo(VerificationState.VALID);
    }
}
