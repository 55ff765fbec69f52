package vn.tdc.knowledge.assistant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

class AnalysedChunkCacheTest {

    private static final SourceInfo SOURCE = new SourceInfo("ke-hoach-9", SourceType.DOCUMENT, "Kế hoạch kiểm tra đo lường",
            "UBND xã A", "Kế hoạch số 9/KH-UBND", "9/KH-UBND", List.of(), List.of(), "", "", "", "");

    private static IndexChunk chunk(int n, String text) {
        return new IndexChunk(SOURCE, "I." + n, "I." + n + " — Kiểm tra", "", "", text);
    }

    @Test
    void should_keep_analyses_within_their_byte_limit() {
        // given a cache of 1 MB
        AnalysedChunkCache cache = new AnalysedChunkCache(1024 * 1024);
        String text = "Kiểm tra cân tại các chợ trên địa bàn xã, niêm yết giá và đặt cân đối chứng. ".repeat(50);

        // when 500 chunks of about 4 000 characters are analysed (about 260 KB each)
        for (int i = 0; i < 500; i++) {
            cache.get(chunk(i, text));
        }

        // then
        assertThat(cache.weightedSize()).isPositive().isLessThanOrEqualTo(1024 * 1024);
        assertThat(AnalysedChunkCache.weight(chunk(1, text))).isGreaterThan(text.length() * AnalysedChunkCache.BYTES_PER_CHAR);
    }

    @Test
    void should_reuse_an_analysis_until_the_chunk_changes() {
        // given
        AnalysedChunkCache cache = new AnalysedChunkCache();
        AnalysedChunk first = cache.get(chunk(1, "Kiểm tra cân tại chợ."));

        // when
        AnalysedChunk again = cache.get(chunk(1, "Kiểm tra cân tại chợ."));
        AnalysedChunk changed = cache.get(chunk(1, "Kiểm tra cột đo xăng dầu."));

        // then
        assertThat(again).isSameAs(first);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.chunk.text()).isEqualTo("Kiểm tra cột đo xăng dầu.");
    }
}
