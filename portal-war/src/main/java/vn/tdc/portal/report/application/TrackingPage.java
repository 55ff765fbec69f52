package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.unit.application.UnitDirectory;

/**
 * Where a resident follows a report: the tracking page among the pages of the report's ward
 * ({@code /xa-dong-cuu/tra-cuu?ma=PA-…}). The one place that builds it, for the API's acknowledgement and the
 * residents' e-mails. A report of a province is followed on the province's first ward's pages; one of a unit that
 * no ward shows, on the default ward's (tracking codes are platform-wide, any ward's page finds them).
 */
@ApplicationScoped
public class TrackingPage {

    static final String PAGE = "/tra-cuu?ma=";

    @Inject
    UnitDirectory units;

    /** The path on the portal, without the context path: {@code /xa-dong-cuu/tra-cuu?ma=PA-2026-7KQ3XZ4M}. */
    public String path(String trackingCode, long unitId) {
        return of(wardSlug(unitId), trackingCode);
    }

    /** The tracking page of a ward: {@code /{ward}/tra-cuu?ma={code}}. */
    static String of(String wardSlug, String trackingCode) {
        return "/" + wardSlug + PAGE + trackingCode;
    }

    private String wardSlug(long unitId) {
        return units.wardShowing(unitId).orElseGet(units::defaultWard).slug();
    }
}
