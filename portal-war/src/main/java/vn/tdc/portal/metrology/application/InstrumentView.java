package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A measuring instrument as officers see it: everything the register holds and its state today ({@code state} is a
 * {@code VerificationState} code, {@code stateLabel} its Vietnamese name).
 */
public record InstrumentView(long id, String code, String codeGrouped, String unitCode, long placeId, String placeName,
                             String typeCode, String typeName, String stall, String ownerName, String serialNo,
                             String brand, LocalDate verifiedOn, String certificateNo, boolean verificationPassed,
                             LocalDate dueOn, String state, String stateLabel, boolean suspended,
                             boolean referenceScale, String capacity, String openingHours, long version)
        implements Serializable {
}
