package vn.tdc.portal.metrology.application;

import vn.tdc.portal.metrology.domain.FindingResult;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.web.Messages;

/** The Vietnamese names of the register's codes, from the bundle: {@code metrology.state.*}, {@code metrology.placeKind.*},
 * {@code metrology.finding.*}. */
public final class MetrologyLabels {

    private MetrologyLabels() {
    }

    public static String of(VerificationState state) {
        return Messages.get("metrology.state." + state.code());
    }

    public static String of(FindingResult result) {
        return Messages.get("metrology.finding." + result.code());
    }

    public static String of(PlaceKind kind) {
        return Messages.get("metrology.placeKind." + kind.code());
    }
}
