package vn.tdc.portal.platform.cluster;

import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Wall-clock time that a test moves by hand. */
public final class ManualTimeMeter implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(1_700_000_000_000_000_000L);

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
