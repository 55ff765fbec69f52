package vn.tdc.portal.open311.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRequestFormTest {

    @Test
    void should_read_attributes_written_as_attribute_brackets() {
        // when
        ServiceRequestForm form = ServiceRequestForm.of(Map.of(
                "attribute[khoi-luong-ghi]", List.of("2"),
                "attribute[khoi-luong-can-lai]", List.of("1,8", "1,9"),
                "attribute[]", List.of("bỏ qua"),
                "attributes", List.of("bỏ qua")));

        // then
        assertThat(form.attributes()).containsOnly(Map.entry("khoi-luong-ghi", "2"),
                Map.entry("khoi-luong-can-lai", "1,8"));
    }

    @Test
    void should_write_the_name_family_name_first_as_in_vietnamese() {
        ServiceRequestForm form = ServiceRequestForm.of(Map.of("first_name", List.of("Văn An"),
                "last_name", List.of("Nguyễn")));

        assertThat(form.contactName()).isEqualTo("Nguyễn Văn An");
        assertThat(form.anonymous()).isFalse();
    }

    @Test
    void should_be_anonymous_without_name_phone_or_email() {
        ServiceRequestForm form = ServiceRequestForm.of(Map.of("email", List.of(" "), "service_code",
                List.of("can-thieu")));

        assertThat(form.anonymous()).isTrue();
        assertThat(form.contactName()).isEmpty();
    }
}
