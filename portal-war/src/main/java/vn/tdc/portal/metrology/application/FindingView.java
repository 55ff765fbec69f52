package vn.tdc.portal.metrology.application;

import java.io.Serializable;

/**
 * A finding as officers see it: the place, the instrument checked (id 0 and empty texts when none), the result
 * ({@code dat}/{@code khong-dat} and its label), the error and action, and the tracking code of the report it answers
 * (empty when none).
 */
public record FindingView(long placeId, String placeName, long instrumentId, String instrumentCode,
                          String instrumentLabel, String result, String resultLabel, String errorText,
                          String actionText, String reportCode) implements Serializable {
}
