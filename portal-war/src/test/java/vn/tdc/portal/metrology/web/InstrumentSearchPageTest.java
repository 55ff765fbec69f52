package vn.tdc.portal.metrology.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentSearchPageTest {

    @Test
    void should_take_the_code_from_the_last_segment_of_a_scanned_address() {
        assertThat(InstrumentSearchPage.codeIn("https://tdc.example.vn/xa-dong-cuu/phuong-tien-do/K7M2Q9XA"))
                .isEqualTo("K7M2Q9XA");
        assertThat(InstrumentSearchPage.codeIn("https://tdc.example.vn/xa-dong-cuu/phuong-tien-do/K7M2Q9XA/?utm=x#a"))
                .isEqualTo("K7M2Q9XA");
    }

    @Test
    void should_keep_a_typed_code_as_it_is() {
        assertThat(InstrumentSearchPage.codeIn(" k7m2-q9xa ")).isEqualTo("k7m2-q9xa");
    }
}
