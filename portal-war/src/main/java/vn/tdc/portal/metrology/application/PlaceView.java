package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** A place of trade as officers see it (with its owner). */
public record PlaceView(long id, String unitCode, String kind, String kindLabel, String name, String address,
                        String ownerName, BigDecimal latitude, BigDecimal longitude, long version)
        implements Serializable {
}
