package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportEventText;

import static org.assertj.core.api.Assertions.assertThat;

class ReportEventTextsTest {

    @Test
    void should_show_the_sentence_of_a_stored_event_code() {
        // given the code the portal stores for a new report
        String stored = ReportEventText.SUBMITTED.code();

        // when
        String shown = ReportEventTexts.shown(stored);

        // then
        assertThat(shown).isEqualTo("Đã tiếp nhận phản ánh.");
    }

    @Test
    void should_have_a_sentence_for_every_event_code() {
        for (ReportEventText text : ReportEventText.values()) {
            assertThat(ReportEventTexts.shown(text.code())).as(text.name()).isNotBlank().isNotEqualTo(text.code());
        }
    }

    @Test
    void should_show_a_sentence_stored_before_the_codes_as_it_is() {
        assertThat(ReportEventTexts.shown("Đã tiếp nhận phản ánh.")).isEqualTo("Đã tiếp nhận phản ánh.");
    }

    @Test
    void should_show_an_officers_text_that_looks_like_an_unknown_code_as_it_is() {
        assertThat(ReportEventTexts.shown("report.event.text.unknown")).isEqualTo("report.event.text.unknown");
    }

    @Test
    void should_show_an_empty_text_as_empty() {
        assertThat(ReportEventTexts.shown("")).isEmpty();
    }
}
