package vn.tdc.knowledge.assistant.application;

import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.assistant.domain.QuestionType;
import vn.tdc.knowledge.search.application.PlaceMention;
import vn.tdc.knowledge.search.application.QueryTerm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTurnCodecTest {

    private static final QueryTerm CAN = new QueryTerm("cân", "can", List.of(List.of("cân"), List.of("can", "do")), false, true);
    private static final QueryTerm DOI_CHUNG = new QueryTerm("đối chứng", "doi chung", List.of(), true, false);

    @Test
    void should_read_back_the_turn_it_wrote() {
        // given a turn about the reference scales of Đông Cứu
        ConversationTurn turn = new ConversationTurn(List.of(CAN, DOI_CHUNG), List.<QueryTerm[]>of(new QueryTerm[] {CAN, DOI_CHUNG}),
                new PlaceMention(List.of("dong-cuu"), List.of("bac-ninh"), Optional.of("Xóm Thượng"), List.of("kh-37"),
                        List.<int[]>of(new int[] {3, 5}), true),
                QuestionType.values()[0]);

        // when
        ConversationTurn read = ConversationTurnCodec.decode(ConversationTurnCodec.encode(turn)).orElseThrow();

        // then
        assertThat(read.terms()).isEqualTo(turn.terms());
        assertThat(read.bigrams()).hasSize(1);
        assertThat(read.bigrams().get(0)).containsExactly(CAN, DOI_CHUNG);
        assertThat(read.places().places()).containsExactly("dong-cuu");
        assertThat(read.places().regions()).containsExactly("bac-ninh");
        assertThat(read.places().unknownPlace()).contains("Xóm Thượng");
        assertThat(read.places().documentIds()).containsExactly("kh-37");
        assertThat(read.places().wordSpans()).hasSize(1);
        assertThat(read.places().wordSpans().get(0)).containsExactly(3, 5);
        assertThat(read.places().currentWard()).isTrue();
        assertThat(read.type()).isEqualTo(turn.type());
    }

    @Test
    void should_read_nothing_from_damaged_bytes_or_another_version() {
        byte[] bytes = ConversationTurnCodec.encode(new ConversationTurn(List.of(CAN), List.of(), PlaceMention.NONE,
                QuestionType.values()[0]));

        byte[] otherVersion = bytes.clone();
        otherVersion[0] = (byte) (ConversationTurnCodec.VERSION + 1);
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        byte[] hugeCount = bytes.clone();
        hugeCount[1] = 0x7f;

        assertThat(ConversationTurnCodec.decode(otherVersion)).isEmpty();
        assertThat(ConversationTurnCodec.decode(cut)).isEmpty();
        assertThat(ConversationTurnCodec.decode(hugeCount)).isEmpty();
        assertThat(ConversationTurnCodec.decode(new byte[0])).isEmpty();
    }
}
