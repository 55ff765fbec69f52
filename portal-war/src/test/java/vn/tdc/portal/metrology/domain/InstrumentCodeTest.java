package vn.tdc.portal.metrology.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentCodeTest {

    @Test
    void should_read_a_typed_code_without_regard_to_case_spaces_or_hyphens() {
        assertThat(InstrumentCode.parse(" k7m2-q9xa ")).contains(new InstrumentCode("K7M2Q9XA"));
        assertThat(InstrumentCode.parse("K7M2 Q9XA")).contains(new InstrumentCode("K7M2Q9XA"));
    }

    @Test
    void should_not_read_look_alike_characters_wrong_lengths_or_script() {
        assertThat(InstrumentCode.parse("K7M2Q9X0")).isEmpty();
        assertThat(InstrumentCode.parse("K7M2Q9X")).isEmpty();
        assertThat(InstrumentCode.parse("<script>")).isEmpty();
        assertThat(InstrumentCode.parse(null)).isEmpty();
        assertThat(InstrumentCode.parse("K".repeat(100))).isEmpty();
    }

    @Test
    void should_draw_codes_of_the_alphabet_only() {
        Random random = new Random(42);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(InstrumentCode.random(random).value());
        }
        assertThat(codes).hasSize(1000).allMatch(code -> InstrumentCode.parse(code).isPresent());
    }

    @Test
    void should_print_in_two_groups_of_four() {
        assertThat(new InstrumentCode("K7M2Q9XA").grouped()).isEqualTo("K7M2-Q9XA");
    }

    @Test
    void should_refuse_a_value_that_is_no_code() {
        assertThatThrownBy(() -> new InstrumentCode("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
