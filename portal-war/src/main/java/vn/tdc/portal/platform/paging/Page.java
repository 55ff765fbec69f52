package vn.tdc.portal.platform.paging;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a listing; {@code page} counts from 1. {@code total} is the number of items of the whole listing, or,
 * when {@code totalExact} is false, a lower bound: a listing that would have to count hundreds of thousands of rows
 * stops at a bound (e.g. the province officer's inbox, {@code ReportInbox.MAX_COUNTED}) and says "more than".
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) implements Serializable {

    /** A page of a listing whose total is exact. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
