package vn.tdc.portal.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {

    @Test
    void should_find_an_input_by_its_id_when_it_names_no_field() {
        assertThat(ProblemMessages.edits(true, "placeName", null, "placeName")).isTrue();
        assertThat(ProblemMessages.edits(true, "placeName", null, "address")).isFalse();
    }

    @Test
    void should_prefer_the_field_attribute_to_the_id() {
        assertThat(ProblemMessages.edits(true, "statusPublicText", "publicText", "publicText")).isTrue();
        assertThat(ProblemMessages.edits(true, "statusPublicText", "publicText", "statusPublicText")).isFalse();
    }

    @Test
    void should_take_an_area_that_names_its_field_but_no_other_component_that_is_no_input() {
        assertThat(ProblemMessages.edits(false, "kindGroup", "kind", "kind")).isTrue();
        assertThat(ProblemMessages.edits(false, "kind", null, "kind")).isFalse();
    }

    @Test
    void should_skip_a_repeated_input_whose_field_is_null_in_this_row() {
        assertThat(ProblemMessages.edits(true, "value", null, "attributes.depth")).isFalse();
        assertThat(ProblemMessages.edits(true, "value", "attributes.depth", "attributes.depth")).isTrue();
    }

    @Test
    void should_look_for_the_input_of_the_whole_list_after_the_indexed_item() {
        assertThat(ProblemMessages.candidates("photos[2]")).containsExactly("photos[2]", "photos");
        assertThat(ProblemMessages.candidates("attributes.depth")).containsExactly("attributes.depth");
    }

    @Test
    void should_find_the_input_a_rule_is_about_among_the_keys_it_lists() {
        String rules = " report.rule.department_required  report.rule.other ";

        assertThat(ProblemMessages.listsRule(rules, "report.rule.department_required")).isTrue();
        assertThat(ProblemMessages.listsRule(rules, "report.rule.other")).isTrue();
        assertThat(ProblemMessages.listsRule(rules, "report.rule.reason_required")).isFalse();
        assertThat(ProblemMessages.listsRule(null, "report.rule.reason_required")).isFalse();
    }
}
