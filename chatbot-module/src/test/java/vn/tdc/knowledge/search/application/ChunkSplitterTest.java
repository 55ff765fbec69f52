package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;
import vn.tdc.knowledge.testing.ContentDocuments;

class ChunkSplitterTest {

    private static final SourceInfo SOURCE = new SourceInfo("ke-hoach-9", SourceType.DOCUMENT, "Kế hoạch kiểm tra đo lường",
            "UBND xã A", "Kế hoạch số 9/KH-UBND của UBND xã A", "9/KH-UBND", List.of("xã A"), List.of(), "", "", "", "");
    private static final String PARAGRAPH = "Kiểm tra cân tại các chợ trên địa bàn xã trong tháng 6 hằng năm, "
            + "niêm yết giá và đặt cân đối chứng tại cổng chợ để người mua tự cân lại.";

    private final ChunkSplitter splitter = new ChunkSplitter();

    @Test
    void should_leave_a_chunk_within_the_limit_as_it_is() {
        // given
        IndexChunk chunk = new IndexChunk(SOURCE, "II.4", "II.4 — Kiểm tra", "II. NHIỆM VỤ", "4. Kiểm tra", "4. Kiểm tra: " + PARAGRAPH);

        // when
        List<IndexChunk> pieces = splitter.split(chunk);

        // then
        assertThat(pieces).containsExactly(chunk);
    }

    @Test
    void should_split_a_long_section_into_pieces_under_the_limit_at_paragraph_boundaries() {
        // given a section of 400 paragraphs (about 60 000 characters)
        String heading = "4. Kiểm tra đo lường";
        String text = heading + "\n" + String.join("\n", java.util.Collections.nCopies(400, PARAGRAPH));
        IndexChunk chunk = new IndexChunk(SOURCE, "II.4", "II.4 — Kiểm tra đo lường", "II. NHIỆM VỤ", heading, text);

        // when
        List<IndexChunk> pieces = splitter.split(chunk);

        // then every piece is short, made of whole paragraphs, and all the text is kept in order
        assertThat(pieces).hasSizeGreaterThan(10);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(ChunkSplitter.MAX_CHARS);
            assertThat(p.anchor()).isEqualTo("II.4");
            assertThat(p.section()).isEqualTo("II.4 — Kiểm tra đo lường");
            assertThat(p.heading()).isEqualTo(heading);
        });
        assertThat(pieces.stream().flatMap(p -> p.text().lines()).toList()).isEqualTo(text.lines().toList());
        assertThat(pieces.get(0).text()).startsWith(heading);
        assertThat(pieces.get(0).context()).isEqualTo("II. NHIỆM VỤ");
        assertThat(pieces.get(1).context()).isEqualTo("II. NHIỆM VỤ\n" + heading);
        assertThat(pieces).extracting(IndexChunk::piece).startsWith(1, 2, 3);
        assertThat(pieces).extracting(IndexChunk::key).doesNotHaveDuplicates()
                .startsWith("ke-hoach-9#II.4", "ke-hoach-9#II.4@2");
    }

    @Test
    void should_cut_a_paragraph_longer_than_the_limit_between_sentences_then_words() {
        // given one line of 10 MB-like text: sentences, and one 'sentence' of 10 000 characters without a full stop
        String sentences = String.join(" ", java.util.Collections.nCopies(200, "Kiểm tra cân tại chợ."));
        String noStop = String.join(" ", java.util.Collections.nCopies(2_000, "cân"));
        String noSpace = "x".repeat(9_000);
        IndexChunk chunk = new IndexChunk(SOURCE, "I", "I — Nội dung", "", "I. NỘI DUNG", sentences + " " + noStop + " " + noSpace);

        // when
        List<IndexChunk> pieces = splitter.split(chunk);

        // then
        assertThat(pieces).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(ChunkSplitter.MAX_CHARS));
        assertThat(pieces.get(0).text()).endsWith("Kiểm tra cân tại chợ.");
        assertThat(pieces.stream().map(IndexChunk::text).filter(t -> t.startsWith("cân")).findFirst().orElseThrow())
                .matches("(cân ?)+");
        assertThat(String.join("", pieces.stream().map(IndexChunk::text).toList()).replace(" ", "").replace("\n", ""))
                .isEqualTo((sentences + noStop + noSpace).replace(" ", ""));
    }

    @Test
    void should_shorten_an_over_long_heading_carried_by_every_piece() {
        // given
        String longHeading = "1. " + "Kiểm tra đo lường ".repeat(200);
        IndexChunk chunk = new IndexChunk(SOURCE, "I.1", longHeading, "", longHeading, "nội dung");

        // when
        IndexChunk piece = splitter.split(chunk).get(0);

        // then
        assertThat(piece.heading()).hasSizeLessThanOrEqualTo(ChunkSplitter.MAX_HEADING_CHARS).endsWith("…");
        assertThat(piece.section()).hasSizeLessThanOrEqualTo(ChunkSplitter.MAX_HEADING_CHARS);
    }

    @Test
    void should_leave_every_chunk_of_the_portals_own_documents_whole() {
        // given the five plans as indexed
        DocumentIndex index = ContentDocuments.sharedIndex();
        SectionChunker chunker = new SectionChunker();

        // when
        List<IndexChunk> chunks = ContentDocuments.documents().stream().flatMap(d -> chunker.chunk(d).stream()).toList();

        // then none is split, so answers over them are unchanged
        assertThat(splitter.splitAll(chunks)).isEqualTo(chunks);
        assertThat(index.chunk(chunks.get(1).source().documentId(), chunks.get(1).anchor())).contains(chunks.get(1));
    }
}
