package vn.tdc.portal.open311.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of GET {@code requests}: the ward ({@code jurisdictionId}, its code; every ward when null), then either
 * report ids ({@code ids}, which override every other filter but the ward) or a window of submission
 * [{@code from}, {@code before}) with optional kinds (any when empty) and states, one page of it.
 */
public record RequestSearch(String jurisdictionId, List<Long> ids, Set<String> serviceCodes, Instant from,
                            Instant before, Set<Open311Status> statuses, int page, int pageSize) {

    public RequestSearch {
        ids = ids == null ? List.of() : List.copyOf(ids);
        serviceCodes = serviceCodes == null ? Set.of() : Set.copyOf(serviceCodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
