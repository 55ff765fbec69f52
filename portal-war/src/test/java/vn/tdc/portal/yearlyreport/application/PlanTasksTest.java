package vn.tdc.portal.yearlyreport.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.document.application.SectionView;
import vn.tdc.portal.yearlyreport.domain.PlanTask;
import vn.tdc.portal.yearlyreport.domain.TaskEvidence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tasks of a yearly report come from the items of the plan's part "NHIỆM VỤ …", else from the generic list. */
class PlanTasksTest {

    private static SectionView section(String kind, int level, String number, String heading) {
        return new SectionView("a", "a", kind, level, number, heading, "", "");
    }

    @Test
    void should_take_the_items_of_the_tasks_part_of_the_plan_and_nothing_else() {
        // given: the outline of xã Đông Cứu's plan
        List<SectionView> sections = List.of(
                section("PART", 0, "I", "MỤC ĐÍCH, YÊU CẦU"),
                section("ITEM", 1, "1", "Mục đích"),
                section("PART", 0, "II", "CHỈ TIÊU PHẤN ĐẤU ĐẾN NĂM 2030"),
                section("ITEM", 1, "4", "Về quản lý"),
                section("PART", 0, "III", "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"),
                section("ITEM", 1, "1", "Công tác thông tin, tuyên truyền và nâng cao nhận thức"),
                section("BULLET", 2, "", "một gạch đầu dòng"),
                section("ITEM", 1, "2", "Tăng cường quản lý nhà nước và thực thi pháp luật"),
                section("ITEM", 1, "4", "Đào tạo, phát triển nguồn nhân lực"),
                section("PART", 0, "IV", "KINH PHÍ THỰC HIỆN"),
                section("ITEM", 1, "1", "Ngân sách"));

        // when
        List<PlanTask> tasks = PlanTasks.tasksOf(sections);

        // then
        assertThat(tasks).extracting(PlanTask::number, PlanTask::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Công tác thông tin, tuyên truyền và nâng cao nhận thức"),
                org.assertj.core.groups.Tuple.tuple("2", "Tăng cường quản lý nhà nước và thực thi pháp luật"),
                org.assertj.core.groups.Tuple.tuple("4", "Đào tạo, phát triển nguồn nhân lực"));
        assertThat(tasks.get(0).evidence()).containsExactly(TaskEvidence.NEWS);
        assertThat(tasks.get(1).evidence()).contains(TaskEvidence.REPORTS, TaskEvidence.INSTRUMENTS);
        assertThat(tasks.get(2).evidence()).isEmpty();
    }

    @Test
    void should_give_no_tasks_for_a_plan_without_a_tasks_part() {
        assertThat(PlanTasks.tasksOf(List.of(section("PART", 0, "I", "MỤC ĐÍCH, YÊU CẦU"),
                section("ITEM", 1, "1", "Mục đích")))).isEmpty();
    }

    @Test
    void should_read_the_generic_tasks_numbered_in_order_without_the_comments() {
        // when
        List<PlanTask> tasks = PlanTasks.generic();

        // then
        assertThat(tasks).hasSize(6);
        assertThat(tasks).extracting(PlanTask::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(tasks.get(0).heading()).startsWith("Công tác thông tin, tuyên truyền");
        assertThat(tasks).noneMatch(task -> task.heading().startsWith("#"));
        assertThat(tasks.get(0).evidence()).as("only news: every task names đo lường").containsExactly(TaskEvidence.NEWS);
        assertThat(tasks.get(1).evidence()).contains(TaskEvidence.INSTRUMENTS);
        assertThat(tasks.get(2).evidence()).contains(TaskEvidence.INSPECTIONS);
        assertThat(tasks.get(3).evidence()).contains(TaskEvidence.DIGITAL);
    }
}
