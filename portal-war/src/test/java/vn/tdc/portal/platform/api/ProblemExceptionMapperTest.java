package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.article.domain.ArticleRuleException;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionMapperTest {

    private final ProblemExceptionMapper mapper = new ProblemExceptionMapper();

    @Test
    void should_answer_each_kind_with_its_stable_code_and_http_status() {
        Map<ProblemKind, String> expected = Map.of(
                ProblemKind.BAD_REQUEST, "400 bad_request",
                ProblemKind.MALFORMED, "400 malformed_json",
                ProblemKind.INVALID, "400 validation_failed",
                ProblemKind.UNAUTHORIZED, "401 unauthorized",
                ProblemKind.FORBIDDEN, "403 forbidden",
                ProblemKind.NOT_FOUND, "404 not_found",
                ProblemKind.CONFLICT, "409 conflict",
                ProblemKind.TOO_LARGE, "413 payload_too_large",
                ProblemKind.UNSUPPORTED, "415 unsupported_media_type",
                ProblemKind.RATE_LIMITED, "429 too_many_requests");

        assertThat(expected).containsOnlyKeys(ProblemKind.values());
        expected.forEach((kind, answer) -> {
            Response response = mapper.toResponse(ProblemException.text(kind, "…", List.of()));
            assertThat(response.getStatus() + " " + body(response).error().code()).as(kind.name()).isEqualTo(answer);
        });
    }

    @Test
    void should_write_the_message_and_one_detail_per_field_problem() {
        // given
        ProblemException problem = ProblemException.invalid("report.validation.failed", List.of(
                FieldProblem.of("description", "report.validation.required"),
                FieldProblem.text(null, "Cả yêu cầu")));

        // when
        Response response = mapper.toResponse(problem);

        // then
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        ApiError.Body error = body(response).error();
        assertThat(error.message()).isEqualTo("Phản ánh chưa gửi được: vui lòng kiểm tra các mục được nêu.");
        assertThat(error.details()).containsExactly(
                new ApiError.Detail("description", "Vui lòng nhập mục này."),
                new ApiError.Detail(null, "Cả yêu cầu"));
        assertThat(error.reference()).isNull();
    }

    @Test
    void should_answer_a_rule_of_an_article_with_409_and_its_vietnamese_reason() {
        // when
        Response response = mapper.toResponse(new ArticleRuleException("article.rule.four_eyes"));

        // then
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).error().message()).isNotBlank().doesNotContain("article.rule");
        assertThat(body(response).error().details()).isEmpty();
    }

    private static ApiError body(Response response) {
        return (ApiError) response.getEntity();
    }
}
