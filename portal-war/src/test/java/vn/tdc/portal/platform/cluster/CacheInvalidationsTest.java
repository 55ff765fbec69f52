package vn.tdc.portal.platform.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CacheInvalidationsTest {

    @Test
    void should_tell_the_other_nodes_and_not_itself_which_cache_to_empty() throws InterruptedException {
        // given two nodes listening to each other
        DataGrid secondNode = TestGrid.secondNode();
        try {
            List<CacheInvalidated> onFirst = new CopyOnWriteArrayList<>();
            BlockingQueue<CacheInvalidated> onSecond = new LinkedBlockingQueue<>();
            CacheInvalidations first = new CacheInvalidations(TestGrid.grid(), onFirst::add);
            new CacheInvalidations(secondNode, onSecond::add);

            // when the first node changes a ward's departments, then the public figures
            first.publish(SharedCache.WARD_DEPARTMENTS, "42");
            first.publish(SharedCache.PUBLIC_FIGURES);

            // then the second node hears both, in order, and the first node none of its own
            assertThat(onSecond.poll(5, TimeUnit.SECONDS))
                    .isEqualTo(new CacheInvalidated(SharedCache.WARD_DEPARTMENTS, Optional.of("42")));
            assertThat(onSecond.poll(5, TimeUnit.SECONDS))
                    .isEqualTo(new CacheInvalidated(SharedCache.PUBLIC_FIGURES, Optional.empty()));
            assertThat(onFirst).isEmpty();
        } finally {
            secondNode.shutdown();
        }
    }

    @Test
    void should_ignore_a_message_it_does_not_understand() {
        assertThat(CacheInvalidations.decode("node\nNO_SUCH_CACHE")).isNull();
        assertThat(CacheInvalidations.decode("garbage")).isNull();
        assertThat(CacheInvalidations.decode(CacheInvalidations.encode("n1", SharedCache.CALLER_SCOPES, "lan\nx")))
                .isEqualTo(new CacheInvalidations.Decoded("n1", SharedCache.CALLER_SCOPES, Optional.of("lan\nx")));
    }
}
