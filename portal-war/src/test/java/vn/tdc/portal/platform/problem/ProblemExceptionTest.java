package vn.tdc.portal.platform.problem;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.article.domain.ArticleRuleException;
import vn.tdc.portal.report.domain.ReportRuleException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTest {

    @Test
    void should_carry_the_vietnamese_message_of_its_key_with_the_arguments() {
        // when
        ProblemException problem = ProblemException.of(ProblemKind.NOT_FOUND, "report.error.not_found", "PA-2026-1");

        // then
        assertThat(problem.kind()).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(problem.messageKey()).isEqualTo("report.error.not_found");
        assertThat(problem.arguments()).containsExactly("PA-2026-1");
        assertThat(problem.getMessage()).contains("PA-2026-1").doesNotContain("report.error");
        assertThat(problem.fields()).isEmpty();
    }

    @Test
    void should_list_the_fields_that_break_their_rules_with_their_texts_from_the_bundle() {
        // when
        ProblemException problem = ProblemException.invalid("report.validation.failed", List.of(
                FieldProblem.of("placeName", "report.validation.too_long", 200),
                FieldProblem.text("lat", "Tọa độ phải là số")));

        // then
        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(problem.getMessage()).isEqualTo("Phản ánh chưa gửi được: vui lòng kiểm tra các mục được nêu.");
        assertThat(problem.fields()).extracting(FieldProblem::field).containsExactly("placeName", "lat");
        assertThat(problem.fields()).extracting(FieldProblem::message)
                .containsExactly("Nội dung dài quá 200 ký tự.", "Tọa độ phải là số");
        assertThat(problem.fields()).extracting(FieldProblem::messageKey)
                .containsExactly("report.validation.too_long", null);
    }

    @Test
    void should_keep_kind_and_message_when_its_fields_are_renamed() {
        // given
        ProblemException problem = ProblemException.invalid("report.validation.failed",
                List.of(FieldProblem.of("latitude", "report.validation.latitude")));

        // when
        ProblemException renamed = problem.withFields(problem.fields().stream().map(f -> f.at("lat")).toList());

        // then
        assertThat(renamed.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(renamed.getMessage()).isEqualTo(problem.getMessage());
        assertThat(renamed.messageKey()).isEqualTo("report.validation.failed");
        assertThat(renamed.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("lat");
            assertThat(f.messageKey()).isEqualTo("report.validation.latitude");
            assertThat(f.message()).isEqualTo(problem.fields().get(0).message());
        });
    }

    @Test
    void should_take_a_text_resolved_elsewhere_as_it_is() {
        // when
        ProblemException problem = ProblemException.text(ProblemKind.UNSUPPORTED, "Tệp không phải PDF.", List.of());

        // then
        assertThat(problem.getMessage()).isEqualTo("Tệp không phải PDF.");
        assertThat(problem.messageKey()).isNull();
    }

    @Test
    void should_treat_a_rule_of_an_article_or_a_report_as_a_conflict() {
        // when
        ProblemException article = new ArticleRuleException("article.rule.four_eyes");
        ProblemException report = new ReportRuleException("report.rule.reopen_window", 7L);

        // then
        assertThat(article.kind()).isEqualTo(ProblemKind.CONFLICT);
        assertThat(report.kind()).isEqualTo(ProblemKind.CONFLICT);
        assertThat(report.messageKey()).isEqualTo("report.rule.reopen_window");
        assertThat(report.getMessage()).contains("trong vòng 7 ngày");
    }
}
