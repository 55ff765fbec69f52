package vn.tdc.portal.yearlyreport.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which figures a plan's task is given, by the words of its heading. */
class TaskEvidenceTest {

    @Test
    void should_match_tasks_of_the_plans_by_their_words_whatever_the_diacritics_and_case() {
        assertThat(TaskEvidence.forTask("1. Công tác tuyên truyền, phổ biến")).containsExactly(TaskEvidence.NEWS);
        assertThat(TaskEvidence.forTask("5. CÔNG TÁC THANH TRA, KIỂM TRA"))
                .containsExactlyInAnyOrder(TaskEvidence.REPORTS, TaskEvidence.INSTRUMENTS, TaskEvidence.INSPECTIONS);
        assertThat(TaskEvidence.forTask("Hỗ trợ ứng dụng khoa học kỹ thuật và chuyển đổi số"))
                .containsExactly(TaskEvidence.DIGITAL);
        assertThat(TaskEvidence.forTask("Đầu tư, phối hợp xây dựng cơ sở dữ liệu")).containsExactly(TaskEvidence.DIGITAL);
    }

    @Test
    void should_give_no_evidence_to_tasks_the_portal_knows_nothing_about() {
        assertThat(TaskEvidence.forTask("Phát triển, bồi dưỡng nhân lực")).isEmpty();
        assertThat(TaskEvidence.forTask("Nguồn lực thực hiện")).isEmpty();
    }
}
