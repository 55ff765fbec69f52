package vn.tdc.portal.assistant.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.application.ChatEngine;
import vn.tdc.knowledge.assistant.domain.ChatAnswer;
import vn.tdc.knowledge.assistant.domain.Citation;
import vn.tdc.knowledge.assistant.domain.WardContext;
import vn.tdc.portal.metrology.application.InMemoryMetrologyRepository;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ward a question is asked on reaches the engine as the chain of slugs from the ward up to its province. */
class ChatServiceTest {

    private static final UnitView ROOT = unit(1, "toan-quoc", "Toàn quốc", UnitLevel.NEN_TANG, null);
    private static final UnitView BAC_NINH = unit(10, "bac-ninh", "tỉnh Bắc Ninh", UnitLevel.TINH, 1L);
    private static final UnitView QUANG_NGAI = unit(30, "quang-ngai", "tỉnh Quảng Ngãi", UnitLevel.TINH, 1L);
    private static final UnitView DONG_CUU = unit(101, "xa-dong-cuu", "xã Đông Cứu", UnitLevel.XA, 10L);
    private static final UnitView DUC_PHO = unit(301, "phuong-duc-pho", "phường Đức Phổ", UnitLevel.XA, 30L);

    private final List<WardContext> asked = new ArrayList<>();
    private final RecordingAnswerCounts database = new RecordingAnswerCounts();
    private final ChatService service = new ChatService();

    @BeforeEach
    void wireAnEngineThatRecordsTheWard() {
        service.engine = new ChatEngine() {
            @Override
            public ChatAnswer answer(String question, String conversationId) {
                return answer(question, conversationId, WardContext.NONE);
            }

            @Override
            public ChatAnswer answer(String question, String conversationId, WardContext ward) {
                asked.add(ward);
                Citation c = new Citation("ke-hoach-ubnd-xa-dong-cuu", "Kế hoạch", "UBND xã Đông Cứu", "III.2 — Quản lý", "…",
                        "document", "", "xa");
                return new ChatAnswer("Theo …", true, List.of(c), "c1", "offline", Optional.empty());
            }
        };
        service.units = new FixedUnits();
        service.register = new InMemoryMetrologyRepository().answers();
        service.answers = new AnswerTally();
        service.answers.counts = database;
    }

    @Test
    void should_count_each_answer_for_the_ward_it_was_asked_on() {
        // when
        service.ask("hang gia xu ly the nao", null, "phuong-duc-pho");
        service.ask("hang gia xu ly the nao", null, null);

        // then: Đức Phổ, then the default ward; nothing for a refused question
        assertThatThrownBy(() -> service.ask("hang gia", null, "phuong-khong-co")).isInstanceOf(ProblemException.class);
        assertThat(database.added).as("nothing written before the flush").isEmpty();
        service.answers.flush();
        assertThat(database.added).extracting(added -> added[0] + ":" + added[1]).containsExactlyInAnyOrder("301:1", "101:1");
        service.answers.flush();
        assertThat(database.added).as("a flush writes what came since the last one").hasSize(2);
    }

    @Test
    void should_ask_on_the_default_ward_when_none_is_named() {
        // when
        service.ask("hang gia xu ly the nao", null, null);
        service.ask("hang gia xu ly the nao", null, " ");

        // then
        assertThat(asked).extracting(WardContext::chain).containsOnly(List.of("xa-dong-cuu", "bac-ninh"));
    }

    @Test
    void should_pass_the_named_ward_and_its_province() {
        // when
        service.ask("hang gia xu ly the nao", null, "phuong-duc-pho");

        // then
        assertThat(asked).extracting(WardContext::chain).containsExactly(List.of("phuong-duc-pho", "quang-ngai"));
    }

    @Test
    void should_refuse_an_unknown_ward_and_the_platform_root_with_400() {
        assertThatThrownBy(() -> service.ask("hang gia", null, "phuong-khong-co"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.BAD_REQUEST));
        assertThatThrownBy(() -> service.ask("hang gia", null, "toan-quoc")).isInstanceOf(ProblemException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void should_say_the_level_of_each_cited_source() {
        // when
        ChatReply reply = service.ask("hang gia xu ly the nao", null, "xa-dong-cuu");

        // then
        assertThat(reply.citations()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo("xa");
            assertThat(c.levelLabel()).isEqualTo("cấp xã");
        });
    }

    private static UnitView unit(long id, String slug, String name, UnitLevel level, Long parent) {
        return new UnitView(id, slug, slug, name, level, level.name().toLowerCase(), parent, "/" + slug + "/", "", "", "", "",
                null, null, null, "", true);
    }

    /** The seeded units, without a database. */
    private static final class FixedUnits extends UnitDirectory {
        private final Map<String, UnitView> bySlug = Map.of("toan-quoc", ROOT, "bac-ninh", BAC_NINH, "quang-ngai", QUANG_NGAI,
                "xa-dong-cuu", DONG_CUU, "phuong-duc-pho", DUC_PHO);

        @Override
        public Optional<UnitView> bySlug(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }

        @Override
        public Optional<UnitView> byId(long id) {
            return bySlug.values().stream().filter(u -> u.id() == id).findFirst();
        }

        @Override
        public UnitView defaultWard() {
            return DONG_CUU;
        }
    }
}
