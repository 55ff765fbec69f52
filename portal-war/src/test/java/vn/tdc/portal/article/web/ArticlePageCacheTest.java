package vn.tdc.portal.article.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.TestGrid;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePageCacheTest {

    private final AtomicLong nanos = new AtomicLong();

    private ArticlePageCache cache(long seconds, long maxBytes) {
        ArticlePageCache cache = new ArticlePageCache();
        cache.seconds = seconds;
        cache.maxBytes = maxBytes;
        cache.ticker = nanos::get;
        cache.invalidations = new CacheInvalidations(TestGrid.grid(), invalidation -> { });
        cache.start();
        return cache;
    }

    @Test
    void should_keep_pages_within_the_byte_limit() {
        // given a cache of 1 MB
        ArticlePageCache cache = cache(60, 1024 * 1024);
        byte[] page = new byte[50 * 1024];

        // when 100 pages of 50 KB are kept
        for (int i = 0; i < 100; i++) {
            cache.store("bai-" + i, page, "text/html;charset=UTF-8", null);
        }

        // then
        assertThat(cache.weightedSize()).isPositive().isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void should_not_keep_a_page_larger_than_the_page_limit() {
        // given
        ArticlePageCache cache = cache(60, 64L * 1024 * 1024);

        // when
        cache.store("rat-dai", new byte[ArticlePageCache.MAX_PAGE_BYTES + 1], "text/html", null);
        cache.store("binh-thuong", new byte[40 * 1024], "text/html", null);

        // then
        assertThat(cache.find("rat-dai")).isEmpty();
        assertThat(cache.find("binh-thuong")).isPresent();
    }

    @Test
    void should_forget_a_page_after_its_time_and_on_any_article_change() {
        // given
        ArticlePageCache cache = cache(60, 1024 * 1024);
        cache.store("a", new byte[10], "text/html", null);
        cache.store("b", new byte[10], "text/html", null);

        // when
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        cache.store("c", new byte[10], "text/html", null);

        // then
        assertThat(cache.find("a")).isEmpty();
        assertThat(cache.find("c")).isPresent();
        cache.articleChanged(null);
        assertThat(cache.find("c")).isEmpty();
    }

    @Test
    void should_be_off_with_zero_seconds() {
        // given
        ArticlePageCache cache = cache(0, 1024 * 1024);

        // when
        cache.store("a", new byte[10], "text/html", null);

        // then
        assertThat(cache.enabled()).isFalse();
        assertThat(cache.find("a")).isEmpty();
    }

    @Test
    void should_send_a_body_larger_than_the_capture_limit_through_without_keeping_it() throws Exception {
        // given a response captured up to 1 KB
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        CapturedResponse captured = new CapturedResponse(responseWritingTo(sent), 1024);
        String page = "<p>Cân đối chứng</p>".repeat(200);

        // when the page writes 4 KB
        captured.getWriter().write(page);

        // then it was sent whole, in order, and is not kept
        assertThat(captured.overflowed()).isTrue();
        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(captured.bytes()).isEmpty();
    }

    @Test
    void should_keep_a_body_within_the_capture_limit_and_send_nothing_yet() throws Exception {
        // given
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        CapturedResponse captured = new CapturedResponse(responseWritingTo(sent), 1024);

        // when
        captured.getWriter().write("<p>Cân đối chứng</p>");

        // then
        assertThat(captured.overflowed()).isFalse();
        assertThat(new String(captured.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Cân đối chứng</p>");
        assertThat(sent.size()).isZero();
    }

    /** A response whose output stream writes into {@code sent}; other methods do nothing. */
    private static HttpServletResponse responseWritingTo(ByteArrayOutputStream sent) {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                sent.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(ArticlePageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getOutputStream" -> out;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "isCommitted" -> false;
                    default -> null;
                });
    }
}
