package vn.tdc.knowledge.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugTest {

    @Test
    void should_fold_vietnamese_text_to_ascii_words_joined_by_single_hyphens() {
        assertThat(Slug.words("  Tỉnh ủy Tiền Giang — 168/KH-TU! ")).isEqualTo("tinh-uy-tien-giang-168-kh-tu");
        assertThat(Slug.words("Đường Đông Cứu")).isEqualTo("duong-dong-cuu");
        assertThat(Slug.words("!!!")).isEmpty();
        assertThat(Slug.words(null)).isEmpty();
    }

    @Test
    void should_accept_only_lower_case_words_joined_by_single_hyphens() {
        assertThat(Slug.isWellFormed("ke-hoach-168")).isTrue();
        assertThat(Slug.isWellFormed("Ke-hoach")).isFalse();
        assertThat(Slug.isWellFormed("ke--hoach")).isFalse();
        assertThat(Slug.isWellFormed("-ke-hoach")).isFalse();
        assertThat(Slug.isWellFormed("")).isFalse();
        assertThat(Slug.isWellFormed(null)).isFalse();
        assertThat(new Slug("ke-hoach")).hasToString("ke-hoach");
        assertThatThrownBy(() -> new Slug("../etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
