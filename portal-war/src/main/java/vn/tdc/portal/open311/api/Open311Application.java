package vn.tdc.portal.open311.api;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;

/**
 * The Open311 GeoReport v2 endpoint as its own Jakarta REST application at {@code /open311/v2}, beside the portal's
 * JSON API at {@code /api} ({@link vn.tdc.portal.platform.api.RestApplication}): its answers and errors follow the
 * specification, so none of the portal's providers (JSON error model, body limits, rate limits) apply here, only the
 * ones registered below. It is mapped in {@code web.xml}, not by {@code @ApplicationPath}: with a second annotated
 * application, Payara 6.2025.10's OpenAPI generator gives the portal's resources no path and fails.
 *
 * <p>The resource is registered through Jersey's model (Payara's Jakarta REST) rather than by a {@code @Path} on
 * its class: the portal's application names no classes, so by Jakarta REST 3.1 (section 2.3.2) it includes every
 * {@code @Path} class of the WAR, and an annotated Open311 resource would be served a second time under
 * {@code /api/}.
 */
public class Open311Application extends ResourceConfig {

    public Open311Application() {
        registerResources(Resource.builder(Open311Resource.class).path("/").build());
        register(Open311ExceptionMapper.class);
        register(Open311Cors.class);
    }
}
