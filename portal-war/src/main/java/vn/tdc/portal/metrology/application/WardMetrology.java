package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.util.List;

/**
 * A ward's public metrology page: its reference scales, the share of verified instruments per place and in all.
 */
public record WardMetrology(String wardCode, String wardSlug, String wardName, List<ReferenceScaleView> referenceScales,
                            List<PlaceShare> places, PlaceShare total) implements Serializable {
}
