package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.domain.ReportChannel;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NewReportTest {

    @Test
    void should_treat_an_attribute_without_value_as_not_given() {
        // given answers as a JSON body or an untouched form input delivers them
        Map<String, String> answers = new HashMap<>();
        answers.put("khoi-luong-ghi", null);
        answers.put("khoi-luong-can-lai", "0,8");

        NewReport report = NewReport.from(ReportChannel.API, "can-thieu").place("Chợ Đông Cứu", "", null, null)
                .description("Cân thiếu").attributes(answers).contact(true, null, null, null).build();

        assertThat(report.attributes()).containsExactly(Map.entry("khoi-luong-can-lai", "0,8"));
    }
}
