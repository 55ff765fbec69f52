package vn.tdc.portal.open311.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Every Open311 answer may be read by a web page of any origin ({@code Access-Control-Allow-Origin: *}, no
 * credentials: POST is authenticated by its {@code api_key}, never by a cookie) and the page may read
 * {@code X-Total-Count}. {@code OPTIONS} on a resource — answered by Jakarta REST itself with the resource's methods
 * in {@code Allow} — becomes a CORS preflight: 204 with those methods, the request headers a page may send and a
 * day's {@code Access-Control-Max-Age}. An unknown path stays a 404.
 */
public class Open311Cors implements ContainerResponseFilter {

    /** Request headers a cross-origin page may send: the form's type and the format it accepts. */
    static final String ALLOWED_HEADERS = "Accept, Content-Type, X-Requested-With";
    static final String MAX_AGE_SECONDS = "86400";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "X-Total-Count");
        String allowed = response.getHeaderString(HttpHeaders.ALLOW);
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getStatus() < 300 && allowed != null) {
            response.setStatus(204);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().putSingle("Access-Control-Allow-Methods", allowed);
            response.getHeaders().putSingle("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.getHeaders().putSingle("Access-Control-Max-Age", MAX_AGE_SECONDS);
        }
    }
}
