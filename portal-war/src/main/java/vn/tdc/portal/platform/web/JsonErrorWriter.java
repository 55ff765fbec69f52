package vn.tdc.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.api.ApiError;
import vn.tdc.portal.platform.api.ErrorCode;

import java.io.IOException;
import java.util.List;

/** Writes the JSON error body where JAX-RS is not in charge (authentication, servlet error dispatch). */
@ApplicationScoped
public class JsonErrorWriter {

    private final Jsonb jsonb = JsonbBuilder.create();

    public void write(HttpServletResponse response, ErrorCode code) throws IOException {
        write(response, code, ApiError.of(code, Messages.get(code.messageKey()), List.of()));
    }

    public void write(HttpServletResponse response, ErrorCode code, ApiError body) throws IOException {
        response.setStatus(code.status());
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(jsonb.toJson(body));
        response.getWriter().flush();
    }
}
