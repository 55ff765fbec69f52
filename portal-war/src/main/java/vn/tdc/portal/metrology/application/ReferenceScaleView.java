package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A reference scale (cân đối chứng) as residents see it: where, how much it weighs, when it is open, its state. */
public record ReferenceScaleView(String code, String placeName, String placeAddress, String stall, String capacity,
                                 String openingHours, LocalDate verifiedOn, LocalDate dueOn, String state,
                                 String stateLabel, boolean usable, BigDecimal latitude, BigDecimal longitude)
        implements Serializable {
}
