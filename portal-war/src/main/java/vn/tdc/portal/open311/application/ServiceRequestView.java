package vn.tdc.portal.open311.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One published report as a GeoReport v2 service request. Built from public data only: no contact details, no
 * internal notes. {@code latitude}, {@code longitude} and {@code mediaUrl} may be null; {@code jurisdictionId} is the
 * code of the report's ward (the portal's extension {@code jurisdiction_id}).
 */
public record ServiceRequestView(String serviceRequestId, Open311Status status, String statusNotes,
                                 String serviceCode, String serviceName, String description, String agencyResponsible,
                                 Instant requestedAt, Instant updatedAt, Instant expectedAt, String address,
                                 BigDecimal latitude, BigDecimal longitude, String mediaUrl, String jurisdictionId) {
}
