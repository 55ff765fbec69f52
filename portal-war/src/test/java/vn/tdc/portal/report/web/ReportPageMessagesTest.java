package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportRuleException;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPageMessagesTest {

    @Test
    void should_name_the_states_of_an_illegal_transition_by_their_labels() {
        // given
        ReportRuleException rule = new ReportRuleException("report.rule.illegal_transition", "moi", "da-xu-ly");

        // when
        String text = ReportPageMessages.ruleText(rule);

        // then
        assertThat(text).isEqualTo("Không thể chuyển phản ánh từ trạng thái „Mới tiếp nhận” sang „Đã xử lý”.");
    }

    @Test
    void should_keep_arguments_that_are_not_states() {
        // given
        ReportRuleException rule = new ReportRuleException("report.rule.reopen_window", 7L);

        // when / then
        assertThat(ReportPageMessages.ruleText(rule)).contains("trong vòng 7 ngày");
    }
}
