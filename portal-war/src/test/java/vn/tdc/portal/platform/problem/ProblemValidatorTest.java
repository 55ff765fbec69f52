package vn.tdc.portal.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemValidatorTest {

    record Payload(String title, List<String> photos, Contact contact, String summary) {
    }

    record Contact(String email) {
    }

    static class Form {
        static final String IGNORED = "static";
        String kind;
        String issuer;
        String title;
    }

    @Test
    void should_list_problems_in_the_order_of_the_record_components_not_alphabetically() {
        // given
        List<FieldProblem> problems = List.of(
                FieldProblem.text("summary", "Tóm tắt trống"),
                FieldProblem.text("contact.email", "Email sai"),
                FieldProblem.text("photos[2]", "Ảnh hỏng"),
                FieldProblem.text("title", "Tiêu đề trống"),
                FieldProblem.text("photos[1]", "Ảnh quá lớn"));

        // when
        List<FieldProblem> ordered = ProblemValidator.inDeclaredOrder(Payload.class, problems);

        // then
        assertThat(ordered).extracting(FieldProblem::field)
                .containsExactly("title", "photos[1]", "photos[2]", "contact.email", "summary");
    }

    @Test
    void should_list_problems_in_the_order_of_the_declared_fields_of_a_form_bean() {
        // given
        List<FieldProblem> problems = List.of(
                FieldProblem.text("title", "Tiêu đề trống"),
                FieldProblem.text("kind", "Loại trống"),
                FieldProblem.text("issuer", "Cơ quan trống"));

        // when
        List<FieldProblem> ordered = ProblemValidator.inDeclaredOrder(Form.class, problems);

        // then
        assertThat(ordered).extracting(FieldProblem::field).containsExactly("kind", "issuer", "title");
    }

    @Test
    void should_order_problems_of_one_field_by_text_and_put_unknown_fields_last_and_the_whole_value_first() {
        // given
        List<FieldProblem> problems = List.of(
                FieldProblem.text("other", "Không rõ"),
                FieldProblem.text("title", "b: quá dài"),
                FieldProblem.text("title", "a: ký tự điều khiển"),
                FieldProblem.text(null, "Cả yêu cầu"));

        // when
        List<FieldProblem> ordered = ProblemValidator.inDeclaredOrder(Form.class, problems);

        // then
        assertThat(ordered).extracting(FieldProblem::message)
                .containsExactly("Cả yêu cầu", "a: ký tự điều khiển", "b: quá dài", "Không rõ");
    }
}
