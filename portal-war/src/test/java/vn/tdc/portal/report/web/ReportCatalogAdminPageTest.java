package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCatalogAdminPageTest {

    @Test
    void should_name_an_attribute_problem_by_the_row_it_has_on_the_page_not_by_its_place_among_the_sent_rows() {
        // given: rows 0 and 2 were filled, row 1 was left blank and not sent
        ProblemException problem = ProblemException.invalid("api.error.validation_failed", List.of(
                FieldProblem.of("name", "report.admin.required"),
                FieldProblem.of("attributes[1]", "report.admin.attribute_invalid")));

        // when
        ProblemException onPage = ReportCatalogAdminPage.atRows(problem, List.of(0, 2));

        // then
        assertThat(onPage.fields()).extracting(FieldProblem::field).containsExactly("name", "attributes[2]");
        assertThat(onPage.getMessage()).isEqualTo(problem.getMessage());
    }
}
