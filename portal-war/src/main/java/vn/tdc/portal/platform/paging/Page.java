package vn.tdc.portal.platform.paging;

import java.util.List;

/** One page of a listing; {@code page} counts from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
