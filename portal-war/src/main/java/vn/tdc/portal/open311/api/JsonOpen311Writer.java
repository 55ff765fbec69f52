package vn.tdc.portal.open311.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The JSON form of a GeoReport v2 document, written with a JSON-P streaming generator in UTF-8. */
public final class JsonOpen311Writer implements Open311Writer {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private final JsonGenerator json;

    public JsonOpen311Writer(OutputStream out) {
        this.json = FACTORY.createGenerator(new KeepOpen(out), StandardCharsets.UTF_8);
    }

    @Override
    public void startRootObject(String name) {
        json.writeStartObject();
    }

    @Override
    public void startRootList(String name, String itemName) {
        json.writeStartArray();
    }

    @Override
    public void startList(String name, String itemName) {
        json.writeStartArray(name);
    }

    @Override
    public void startObject() {
        json.writeStartObject();
    }

    @Override
    public void field(String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    @Override
    public void field(String name, long value) {
        json.write(name, value);
    }

    @Override
    public void field(String name, boolean value) {
        json.write(name, value);
    }

    @Override
    public void field(String name, BigDecimal value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    @Override
    public void value(String value) {
        if (value != null) {
            json.write(value);
        }
    }

    @Override
    public void end() {
        json.writeEnd();
    }

    @Override
    public void close() {
        json.close();
    }

    /** The generator closes its stream on close; the servlet container owns the response stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
