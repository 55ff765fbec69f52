package vn.tdc.portal.metrology.domain;

import java.util.Collection;

/**
 * Which instruments of the register a list shows: those of some units, optionally of one place, one type, one state
 * (computed on the list's day), only reference scales, or whose serial, stall or brand contains {@code text}.
 * {@code null} means any.
 */
public record InstrumentFilter(Collection<Long> unitIds, Long placeId, String typeCode, VerificationState state,
                               Boolean referenceOnly, String text) {
}
