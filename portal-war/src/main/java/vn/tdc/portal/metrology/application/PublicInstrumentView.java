package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What residents see of an instrument (its QR page, the API, the assistant): what and where it is, its verification
 * and state today, and the nearest reference scale where a resident can check a weighing. Never the owner.
 */
public record PublicInstrumentView(String code, String codeGrouped, String typeName, String placeName,
                                   String placeKind, String placeAddress, String stall, String brand,
                                   LocalDate verifiedOn, LocalDate dueOn, String state, String stateLabel,
                                   boolean usable, boolean referenceScale, String capacity, String openingHours,
                                   String wardCode, String wardSlug, String wardName,
                                   ReferenceScaleView nearestReference) implements Serializable {
}
