package vn.tdc.portal.open311.api;

import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** A GeoReport v2 document as an answer, rendered whole before anything is sent: a failure midway gets a clean error. */
final class Open311Answer {

    private Open311Answer() {
    }

    static Response.ResponseBuilder of(int status, Open311Format format, Consumer<Open311Writer> document) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Open311Writer writer = format.writer(buffer)) {
            document.accept(writer);
        }
        return Response.status(status).type(format.contentType).entity(buffer.toByteArray());
    }
}
