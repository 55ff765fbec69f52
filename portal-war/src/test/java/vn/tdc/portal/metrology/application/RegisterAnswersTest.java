package vn.tdc.portal.metrology.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.metrology.domain.InstrumentCode;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.TradePlace;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterAnswersTest {

    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = PortalTime.today();
    private static final UnitView DONG_CUU = new UnitView(101, "xa-dong-cuu", "xa-dong-cuu", "xã Đông Cứu", UnitLevel.XA,
            "xa", 10L, "/bac-ninh/xa-dong-cuu/", "", "", "", "", null, null, null, "tỉnh Bắc Ninh", true);
    private static final UnitView THANH_DONG = new UnitView(202, "phuong-thanh-dong", "phuong-thanh-dong",
            "phường Thành Đông", UnitLevel.XA, "phuong", 20L, "/hai-phong/phuong-thanh-dong/", "", "", "", "", null,
            null, null, "thành phố Hải Phòng", true);

    private final InMemoryMetrologyRepository repository = new InMemoryMetrologyRepository();
    private final RegisterAnswers answers = new RegisterAnswers();
    private TradePlace market;
    private TradePlace village;

    @BeforeEach
    void wire() {
        answers.repository = repository;
        answers.lookup = repository.answers().lookup;
        market = place(DONG_CUU, "Chợ Đông Cứu");
        village = place(DONG_CUU, "Chợ Thôn Đoài");
    }

    private TradePlace place(UnitView ward, String name) {
        TradePlace place = new TradePlace(ward.id(), "canbo", NOW);
        place.describe(PlaceKind.MARKET, name, "Thôn Đông", "Hộ kinh doanh Nguyễn Văn A", BigDecimal.valueOf(21.07),
                BigDecimal.valueOf(106.18), "canbo", NOW);
        repository.add(place);
        return place;
    }

    private MeasuringInstrument instrument(TradePlace place, String code, String stall, LocalDate verifiedOn,
                                           boolean reference) {
        MeasuringInstrument instrument = new MeasuringInstrument(new InstrumentCode(code), place.unitId(), "canbo", NOW);
        instrument.describe(repository.type("can-dien-tu").orElseThrow(), place, stall, "Nguyễn Văn A", "SN-" + code,
                "Vibra", "canbo", NOW);
        instrument.verified(repository.type("can-dien-tu").orElseThrow(), verifiedOn, "TEM-" + stall, true, "canbo",
                NOW);
        instrument.serveAsReference(reference, "60 kg", "5:00 – 18:00", "canbo", NOW);
        repository.add(instrument);
        return instrument;
    }

    @Test
    void should_answer_yes_with_the_due_date_for_a_verified_scale_at_a_named_stall() {
        // given
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);

        // when
        RegisterAnswer answer = answers.answer("Cân ở sạp 12 chợ Đông Cứu đã kiểm định chưa?", DONG_CUU).orElseThrow();

        // then
        assertThat(answer.text()).startsWith("Có.").contains("Cân điện tử ở sạp 12, Chợ Đông Cứu")
                .contains("còn hạn đến").doesNotContain("Nguyễn Văn A");
        assertThat(answer.found()).isTrue();
        assertThat(answer.reportKind()).isNull();
        assertThat(answer.sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo("/phuong-tien-do/K7M2Q9XA");
            assertThat(source.title()).isEqualTo("Sổ phương tiện đo — xã Đông Cứu");
        });
    }

    @Test
    void should_understand_the_question_typed_without_diacritics() {
        instrument(market, "K7M2Q9XA", "Sạp 12", TODAY.minusMonths(2), false);

        RegisterAnswer answer = answers.answer("can o sap so 12 cho dong cuu con han kiem dinh ko", DONG_CUU)
                .orElseThrow();

        assertThat(answer.text()).startsWith("Có.").contains("Sạp 12, Chợ Đông Cứu");
    }

    @Test
    void should_answer_no_and_offer_a_report_for_an_overdue_scale() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(13), false);

        RegisterAnswer answer = answers.answer("cân sạp 12 chợ Đông Cứu kiểm định chưa", DONG_CUU).orElseThrow();

        assertThat(answer.text()).startsWith("Không.").contains("đã hết hạn kiểm định");
        assertThat(answer.reportKind()).isEqualTo("phuong-tien-do");
    }

    @Test
    void should_say_honestly_when_the_register_has_nothing_at_the_stall() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);

        RegisterAnswer answer = answers.answer("cân sạp 40 chợ Đông Cứu đã kiểm định chưa", DONG_CUU).orElseThrow();

        assertThat(answer.found()).isFalse();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.text()).contains("chưa ghi phương tiện đo nào ở sạp 40");
    }

    @Test
    void should_name_the_reference_scale_of_a_market_with_capacity_and_hours() {
        instrument(market, "K7M2Q9XA", "Cổng chính", TODAY.minusMonths(2), true);

        RegisterAnswer answer = answers.answer("chợ Đông Cứu có cân đối chứng không, ở đâu?", DONG_CUU).orElseThrow();

        assertThat(answer.text()).startsWith("Có.").contains("Cổng chính").contains("60 kg").contains("5:00 – 18:00");
    }

    @Test
    void should_answer_no_and_point_to_the_nearest_reference_scale_elsewhere() {
        instrument(village, "K7M2Q9XA", "Cổng chính", TODAY.minusMonths(2), true);

        RegisterAnswer answer = answers.answer("chợ Đông Cứu có cân đối chứng không?", DONG_CUU).orElseThrow();

        assertThat(answer.text()).startsWith("Không.").contains("chưa ghi cân đối chứng tại Chợ Đông Cứu")
                .contains("Chợ Thôn Đoài");
        assertThat(answer.sources()).singleElement().extracting(RegisterAnswer.Source::url)
                .isEqualTo("/phuong-tien-do/K7M2Q9XA");
    }

    @Test
    void should_find_an_instrument_by_the_code_under_its_sticker() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);

        RegisterAnswer answer = answers.answer("máy mã k7m2-q9xa còn hạn kiểm định không", DONG_CUU).orElseThrow();

        assertThat(answer.text()).startsWith("Có.").contains("sạp 12");
    }

    @Test
    void should_name_the_reference_scale_nearest_to_a_scanned_instrument() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);
        instrument(village, "K7M2Q9XB", "Cổng chính", TODAY.minusMonths(2), true);

        RegisterAnswer answer = answers.answer("cân K7M2-Q9XA muốn cân lại thì cân đối chứng ở đâu", DONG_CUU)
                .orElseThrow();

        assertThat(answer.text()).startsWith("Có.").contains("Cổng chính, Chợ Thôn Đoài");
    }

    @Test
    void should_say_an_unknown_code_is_not_in_the_register_only_when_a_code_was_meant() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);

        assertThat(answers.answer("tem mã K7M2-Q9XB đã kiểm định chưa", DONG_CUU)).hasValueSatisfying(answer -> {
            assertThat(answer.found()).isFalse();
            assertThat(answer.text()).contains("không có mã K7M2-Q9XB");
        });
        assertThat(answers.answer("TCXDHEAD kiểm định thế nào", DONG_CUU)).isEmpty();
    }

    @Test
    void should_leave_questions_about_the_documents_to_the_documents() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), true);

        assertThat(answers.answer("Cân đối chứng là gì?", DONG_CUU)).isEmpty();
        assertThat(answers.answer("Kế hoạch yêu cầu gì về kiểm định phương tiện đo?", DONG_CUU)).isEmpty();
        assertThat(answers.answer("Chợ Đông Cứu họp mấy giờ?", DONG_CUU)).isEmpty();
    }

    @Test
    void should_not_read_another_wards_register() {
        place(THANH_DONG, "Chợ Hải Tân");

        assertThat(answers.answer("chợ Hải Tân có cân đối chứng không", DONG_CUU)).isEmpty();
    }

    @Test
    void should_summarise_a_place_and_list_the_instruments_that_may_not_be_used() {
        instrument(market, "K7M2Q9XA", "12", TODAY.minusMonths(2), false);
        instrument(market, "K7M2Q9XB", "14", TODAY.minusMonths(14), false);

        RegisterAnswer answer = answers.answer("các cân ở chợ Đông Cứu đã được kiểm định hết chưa", DONG_CUU)
                .orElseThrow();

        assertThat(answer.text()).startsWith("Không.").contains("1/2 phương tiện đo").contains("(50%)")
                .contains("sạp 14").doesNotContain("sạp 12");
    }
}
