package vn.tdc.portal.metrology.application;

/**
 * What an officer asks of the register: a ward's code (blank for all of the caller's), a place, a type code, a
 * state code ({@code con-hieu-luc}, {@code sap-het-han}, {@code qua-han}, {@code khong-dat}, {@code dinh-chi}),
 * reference scales only, and a text in serial, stall or brand. {@code null} means any.
 */
public record RegisterQuery(String unitCode, Long placeId, String typeCode, String state, Boolean referenceOnly,
                            String text) {
}
