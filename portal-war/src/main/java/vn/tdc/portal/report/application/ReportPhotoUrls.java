package vn.tdc.portal.report.application;

import vn.tdc.portal.report.domain.TrackingCode;

/**
 * Where report photos are served ({@code /phan-anh/anh/{id}}): to officers, to everyone once the report is
 * published, and otherwise only with the report's tracking code in {@code ma}.
 */
public final class ReportPhotoUrls {

    public static final String PATH = "/phan-anh/anh/";

    private ReportPhotoUrls() {
    }

    public static String forResident(long photoId, TrackingCode code) {
        return PATH + photoId + "?ma=" + code.value();
    }

    public static String forPublic(long photoId) {
        return PATH + photoId;
    }
}
