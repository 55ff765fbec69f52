package vn.tdc.portal.report.application;

import org.junit.jupiter.api.Test;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import vn.tdc.portal.platform.cluster.TestGrid;
import vn.tdc.portal.report.domain.ReportChanged;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PublicFiguresCacheTest {

    private final AtomicInteger counted = new AtomicInteger();

    private static PublicFiguresCache cache(long seconds) {
        PublicFiguresCache cache = new PublicFiguresCache();
        cache.seconds = seconds;
        cache.invalidations = new CacheInvalidations(TestGrid.grid(), invalidation -> { });
        cache.start();
        return cache;
    }

    private String count() {
        return "figures " + counted.incrementAndGet();
    }

    @Test
    void should_count_the_same_figures_once_while_they_are_kept() {
        PublicFiguresCache cache = cache(60);

        String first = cache.get("xa-dong-cuu", this::count);
        String again = cache.get("xa-dong-cuu", this::count);
        String other = cache.get("bac-ninh", this::count);

        assertThat(first).isEqualTo("figures 1").isEqualTo(again);
        assertThat(other).isEqualTo("figures 2");
    }

    @Test
    void should_count_again_after_a_report_changed() {
        PublicFiguresCache cache = cache(60);
        cache.get("xa-dong-cuu", this::count);

        cache.reportChanged(new ReportChanged(7));

        assertThat(cache.get("xa-dong-cuu", this::count)).isEqualTo("figures 2");
    }

    @Test
    void should_count_every_time_when_turned_off() {
        PublicFiguresCache cache = cache(0);

        cache.get("xa-dong-cuu", this::count);
        cache.get("xa-dong-cuu", this::count);

        assertThat(counted).hasValue(2);
    }

    @Test
    void should_keep_large_province_tables_within_its_weight() {
        PublicFiguresCache cache = cache(60);
        List<ProvinceStatistics.WardFigures> rows = java.util.Collections.nCopies(5_000,
                new ProvinceStatistics.WardFigures("xa", "Xã", 1, 1, 1, 100.0, 0, 0, null, 0));

        for (int year = 2020; year < 2030; year++) {
            int asked = year;
            cache.get(asked, () -> new ProvinceStatistics("bac-ninh", "Tỉnh Bắc Ninh", asked, rows, rows.get(0)));
        }

        assertThat(cache.keptWeight()).isLessThanOrEqualTo(PublicFiguresCache.MAX_WEIGHT);
    }

    @Test
    void should_count_again_once_another_node_changed_a_report() {
        // given figures kept here
        PublicFiguresCache cache = cache(60);
        cache.get("province", this::count);

        // when another node says its reports changed, and then that its departments changed
        cache.changedOnAnotherNode(new CacheInvalidated(SharedCache.PUBLIC_FIGURES, Optional.empty()));
        String afterReports = cache.get("province", this::count);
        cache.changedOnAnotherNode(new CacheInvalidated(SharedCache.WARD_DEPARTMENTS, Optional.of("7")));

        // then only the first empties the figures
        assertThat(afterReports).isEqualTo("figures 2");
        assertThat(cache.get("province", this::count)).isEqualTo("figures 2");
    }
}
