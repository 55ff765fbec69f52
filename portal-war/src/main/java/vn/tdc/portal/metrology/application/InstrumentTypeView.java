package vn.tdc.portal.metrology.application;

import java.io.Serializable;

/** A kind of instrument and its verification cycle in months. */
public record InstrumentTypeView(String code, String name, int cycleMonths) implements Serializable {
}
