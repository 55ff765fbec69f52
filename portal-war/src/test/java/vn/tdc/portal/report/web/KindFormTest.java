package vn.tdc.portal.report.web;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.ReportKindView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KindFormTest {

    private static final ReportKindView CAN_THIEU = new ReportKindView("can-thieu", "Cân thiếu", "Mô tả", "cân điêu",
            "phong-kinh-te", "Phòng Kinh tế", 10, true, 1,
            List.of(new KindAttribute("khoi-luong", "Khối lượng", "number", false, "kg")));

    @Test
    void should_give_back_the_kind_it_was_filled_from() {
        // when
        ReportKindView view = KindForm.of(CAN_THIEU).toView("can-thieu");

        // then
        assertThat(view).usingRecursiveComparison().ignoringFields("departmentName").isEqualTo(CAN_THIEU);
    }

    @Test
    void should_drop_blank_attribute_rows_and_strip_the_others() {
        // given
        KindForm form = KindForm.of(CAN_THIEU);
        form.addAttribute();
        form.addAttribute();
        KindForm.AttributeRow row = form.getAttributes().get(2);
        row.setCode("  so-lit ");
        row.setLabel(" Số lít ");
        row.setDatatype("number");
        row.setUnit(" lít ");

        // when
        ReportKindView view = form.toView("can-thieu");

        // then
        assertThat(view.attributes()).containsExactly(
                new KindAttribute("khoi-luong", "Khối lượng", "number", false, "kg"),
                new KindAttribute("so-lit", "Số lít", "number", false, "lít"));
        assertThat(form.sentRows()).containsExactly(0, 2);
    }

    @Test
    void should_remove_the_chosen_row_only() {
        // given
        KindForm form = KindForm.of(CAN_THIEU);
        form.addAttribute();

        // when
        form.removeAttribute(0);
        form.removeAttribute(5);

        // then
        assertThat(form.getAttributes()).hasSize(1);
        assertThat(form.getAttributes().get(0).getCode()).isNull();
    }

    @Test
    void should_use_the_code_the_page_keeps_not_a_typed_one() {
        // given
        KindForm form = KindForm.of(CAN_THIEU);
        form.setCode("ma-khac");

        // when / then
        assertThat(form.toView("can-thieu").code()).isEqualTo("can-thieu");
    }

    @Test
    void should_strip_a_department_and_keep_its_state() {
        // given
        DepartmentForm form = DepartmentForm.blank(5);
        form.setName("  Đội kiểm tra liên ngành ");
        form.setActive(false);

        // when / then
        assertThat(form.toView(" doi-kiem-tra ")).isEqualTo(new DepartmentView("doi-kiem-tra",
                "Đội kiểm tra liên ngành", false, 5));
    }
}
