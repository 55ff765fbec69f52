package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** How a resident's words for a role ("bên nào phụ trách", "đứng ra lo", "chịu trách nhiệm") enter a question's terms. */
class RoleWordsTest {

    private final SearchPlanner planner = new SearchPlanner();
    private final PlaceDirectory places = PlaceDirectory.of(List.of(new SourceInfo("thanh-dong", SourceType.DOCUMENT, "Kế hoạch",
            "UBND phường Thành Đông", "Kế hoạch của UBND phường Thành Đông", "", List.of("phường Thành Đông"), List.of(), "", "", "",
            "")));

    private SearchPlan plan(String question) {
        return planner.plan(question, 5, Optional.empty(), places, t -> true);
    }

    private static QueryTerm term(SearchPlan plan, String folded) {
        return plan.terms().stream().filter(t -> t.folded().equals(folded)).findFirst().orElseThrow();
    }

    @Test
    void should_make_a_role_paraphrase_a_weak_term_that_the_plans_role_words_cover() {
        // when
        SearchPlan plan = plan("Bên nào phụ trách tuyên truyền ở phường Thành Đông?");

        // then
        assertThat(List.of(term(plan, "ben"), term(plan, "phu"), term(plan, "trach"))).allMatch(QueryTerm::weak);
        assertThat(term(plan, "phu").alternatives()).contains(List.of("chu", "tri"), List.of("dau", "moi"), List.of("phoi", "hop"));
        assertThat(List.of(term(plan, "tuyen"), term(plan, "truyen"))).noneMatch(QueryTerm::weak);
    }

    @Test
    void should_keep_the_plans_own_role_word_a_full_term() {
        // when
        SearchPlan plan = plan("kế hoạch giao ai chủ trì");

        // then
        assertThat(List.of(term(plan, "chu"), term(plan, "tri"))).noneMatch(QueryTerm::weak);
    }

    @Test
    void should_read_the_same_role_typed_without_diacritics() {
        // when
        SearchPlan plan = plan("tien giang ben nao chiu trach nhiem tuyen truyen");

        // then
        assertThat(List.of(term(plan, "chiu"), term(plan, "trach"), term(plan, "nhiem"))).allMatch(QueryTerm::weak);
        assertThat(term(plan, "nhiem").alternatives()).contains(List.of("chu", "tri"));
        assertThat(term(plan, "tuyen").weak()).isFalse();
    }

    @Test
    void should_not_take_a_syllable_of_a_name_for_a_role() {
        // when: "Bến Nghé" typed without diacritics, no "nào" after it
        SearchPlan plan = plan("phuong ben nghe co ke hoach do luong khong");

        // then
        assertThat(term(plan, "ben").weak()).isFalse();
        assertThat(term(plan, "ben").alternatives()).doesNotContain(List.of("chu", "tri"));
    }

    @Test
    void should_keep_a_colloquial_filler_weak_and_without_alternatives() {
        // when
        SearchPlan plan = plan("Thành Đông nói gì về cái cân ở chợ, người ta đi kiểm tra không");

        // then
        assertThat(List.of(term(plan, "cai"), term(plan, "nguoi"), term(plan, "ta"), term(plan, "di"))).allMatch(QueryTerm::weak);
        assertThat(term(plan, "cai").alternatives()).isEmpty();
        assertThat(List.of(term(plan, "can"), term(plan, "cho"), term(plan, "kiem"))).noneMatch(QueryTerm::weak);
    }

    @Test
    void should_leave_a_mention_question_to_its_subject() {
        // when
        SearchPlan plan = plan("QĐ 1322 được nhắc trong kế hoạch nào");

        // then
        assertThat(plan.terms()).extracting(QueryTerm::folded).doesNotContain("nhac").contains("1322");
    }

    @Test
    void should_read_its_lists_from_the_file_format() {
        // given
        RoleWords words = new RoleWords(List.of("= chủ trì | phối hợp", "bên nào", "~!cái"));
        List<vn.tdc.knowledge.search.analysis.WordSplitter.Word> question =
                new vn.tdc.knowledge.search.analysis.WordSplitter().splitAsWritten("bên nào lo cái cân cai");

        // when
        boolean[] roles = words.roles(question);
        boolean[] fillers = words.fillers(question);

        // then
        assertThat(words.answers()).containsExactly(List.of("chu", "tri"), List.of("phoi", "hop"));
        assertThat(roles).containsExactly(true, true, false, false, false, false);
        assertThat(fillers).containsExactly(false, false, false, true, false, false);
    }
}
