package vn.tdc.portal.metrology.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.metrology.application.InstrumentLookup;
import vn.tdc.portal.metrology.application.PlaceAndStall;
import vn.tdc.portal.metrology.application.PlaceShare;
import vn.tdc.portal.metrology.application.ReferenceScaleView;
import vn.tdc.portal.metrology.application.WardMetrology;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.web.CurrentWard;

import java.util.List;

/**
 * A ward's public metrology page ({@code /{ward}/phuong-tien-do}): its reference scales on a map and, always, in a
 * list under it (the map needs scripts and a reachable tile server, the list does not), and the share of instruments
 * with a valid verification per place and for the ward, against the plans' target of 100%.
 */
@Named
@RequestScoped
public class WardMetrologyPage {

    /** The plans' target: every trade instrument verified. */
    public static final int TARGET_PERCENT = 100;
    /** Where the map's script and styles are served from the WAR (webjar {@code org.webjars.npm:leaflet}). */
    public static final String LEAFLET = "/webjars/leaflet/1.9.4/dist";

    @Inject
    InstrumentLookup lookup;

    @Inject
    CurrentWard currentWard;

    private WardMetrology metrology;

    public WardMetrology getMetrology() {
        if (metrology == null) {
            metrology = lookup.ofWard(currentWard.getWard());
        }
        return metrology;
    }

    /** The reference scales that have a point on the map. */
    public List<ReferenceScaleView> getMappedScales() {
        return getMetrology().referenceScales().stream()
                .filter(s -> s.latitude() != null && s.longitude() != null).toList();
    }

    public VerificationBadge badgeOf(ReferenceScaleView scale) {
        return VerificationBadge.of(scale.state(), scale.dueOn());
    }

    public String placeAndStall(ReferenceScaleView scale) {
        return PlaceAndStall.of(scale.placeName(), scale.stall());
    }

    /** "Đạt mục tiêu", or how many instruments a place (or the ward) lacks to reach the target. */
    public String targetText(PlaceShare share) {
        int missing = share.instruments() - share.usable();
        return missing == 0 ? Messages.get("metrologyPublic.share.reached")
                : Messages.format("metrologyPublic.share.missing", missing);
    }

    public int getTarget() {
        return TARGET_PERCENT;
    }

    public String getLeaflet() {
        return LEAFLET;
    }

    public String date(java.time.LocalDate date) {
        return VerificationBadge.date(date);
    }
}
