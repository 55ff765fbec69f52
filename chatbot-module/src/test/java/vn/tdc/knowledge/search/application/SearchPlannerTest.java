package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

class SearchPlannerTest {

    private final SearchPlanner planner = new SearchPlanner();
    private final PlaceDirectory places = PlaceDirectory.of(List.of(new SourceInfo("duc-pho", SourceType.DOCUMENT, "Kế hoạch",
            "UBND phường Đức Phổ", "Kế hoạch của UBND phường Đức Phổ", "", List.of("phường Đức Phổ"), List.of(), "", "", "", "")));
    private final Set<String> vocabulary = Set.of("co", "quan", "cua");

    private SearchPlan plan(String question) {
        return planner.plan(question, 5, Optional.empty(), places, vocabulary::contains);
    }

    private static List<String> terms(SearchPlan plan) {
        return plan.terms().stream().map(QueryTerm::lower).toList();
    }

    @Test
    void should_drop_place_stop_words_and_question_words_from_the_topic() {
        // when
        SearchPlan plan = plan("Ở phường Đức Phổ, cơ quan nào chủ trì công tác tuyên truyền như thế nào?");

        // then
        assertThat(terms(plan)).containsExactly("cơ", "quan", "chủ", "trì", "công", "tác", "tuyên", "truyền");
        assertThat(plan.places().places()).containsExactly("duc pho");
        assertThat(plan.bigrams()).extracting(b -> b[0].lower() + " " + b[1].lower()).contains("cơ quan", "tuyên truyền");
    }

    @Test
    void should_keep_an_ambiguous_plain_stop_word_as_a_weak_term() {
        // when
        SearchPlan plan = plan("co quan nao cua phuong duc pho chu tri");

        // then
        assertThat(plan.terms()).filteredOn(QueryTerm::weak).extracting(QueryTerm::folded).containsExactlyInAnyOrder("co", "cua");
        assertThat(terms(plan)).doesNotContain("nao", "phuong", "duc", "pho");
    }

    @Test
    void should_treat_plain_syllables_of_an_accented_question_as_meant() {
        // when
        SearchPlan plan = plan("Tỷ giá đô la Mỹ hôm nay là bao nhiêu?");

        // then
        assertThat(terms(plan)).contains("nay", "la").doesNotContain("là", "bao", "nhiêu");
        assertThat(plan.terms()).allMatch(QueryTerm::prefersExact);
    }

    @Test
    void should_attach_domain_expansions_to_question_words() {
        // when
        SearchPlan plan = plan("tuyên truyền qua những kênh nào");

        // then
        QueryTerm kenh = plan.terms().stream().filter(t -> t.folded().equals("kenh")).findFirst().orElseThrow();
        assertThat(kenh.alternatives()).contains(List.of("hinh", "thuc"), List.of("thong", "qua"));
    }

    @Test
    void should_drop_particles_typed_without_diacritics_unless_they_can_be_content_words() {
        // when
        SearchPlan plan = plan("kinh phi lay tu dau vay");
        SearchPlan ending = planner.plan("co clb cai tien khong", 5, Optional.empty(), places, Set.of("khong", "co")::contains);

        // then
        assertThat(terms(plan)).doesNotContain("vay");
        assertThat(terms(ending)).doesNotContain("khong");
    }

    @Test
    void should_spell_out_abbreviations_without_making_a_plain_question_accented() {
        // when
        SearchPlan plan = plan("hdnd phuong duc pho lam gi");

        // then
        assertThat(terms(plan)).containsExactly("hội", "đồng", "nhân", "dân");
        assertThat(plan.places().places()).containsExactly("duc pho");
        assertThat(plan.terms()).noneMatch(QueryTerm::reliable);
    }
}
