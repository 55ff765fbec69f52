package vn.tdc.portal.open311.api;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Function;

/** The two formats of GeoReport v2, chosen by the extension of the path ({@code services.json}, {@code .XML}). */
enum Open311Format {
    JSON(JsonOpen311Writer.CONTENT_TYPE, JsonOpen311Writer::new),
    XML(XmlOpen311Writer.CONTENT_TYPE, XmlOpen311Writer::new);

    /** The {@code {format}} of a resource's path: one of the two extensions, in any case. */
    static final String PATH_PARAMETER = "{format: (?i:json|xml)}";

    final String contentType;
    private final Function<OutputStream, Open311Writer> writer;

    Open311Format(String contentType, Function<OutputStream, Open311Writer> writer) {
        this.contentType = contentType;
        this.writer = writer;
    }

    Open311Writer writer(OutputStream out) {
        return writer.apply(out);
    }

    /** The format of an extension matched by {@link #PATH_PARAMETER}. */
    static Open311Format of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }

    /**
     * The format a path below {@code /open311/v2/} asks for by the extension of its last segment, for an answer to
     * any path, known or not; JSON when there is no known extension.
     */
    static Open311Format ofPath(String path) {
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0 && last.substring(dot + 1).equalsIgnoreCase("xml")) {
            return XML;
        }
        return JSON;
    }
}
