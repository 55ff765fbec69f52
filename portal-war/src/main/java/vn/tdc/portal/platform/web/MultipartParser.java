package vn.tdc.portal.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) whatever the HTTP method: Payara's own parser only serves POST
 * ({@code Multipart.isMultipart()} checks the method) and the API replaces documents with PUT.
 *
 * <p>The body is read with a limit and never beyond it; header values are UTF-8 (as browsers and HTTP clients send
 * non-ASCII file names). A part needs a {@code Content-Disposition: form-data} header with a {@code name}; a
 * {@code filename} parameter (even empty) makes it a file part.
 */
public final class MultipartParser {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final int MAX_BOUNDARY_LENGTH = 70;

    private MultipartParser() {
    }

    /** One part: a field when {@code fileName} is null. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
    }

    /** The body is not multipart/form-data as declared. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** The body is longer than allowed; reading stopped at the limit. */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("multipart body over the limit");
        }
    }

    /**
     * @param declaredLength the body's Content-Length, or -1 when it is not declared (chunked); a declared length
     *                       lets the body be read into an array of the right size, with no copy
     */
    public static List<Part> parse(InputStream body, String contentType, long declaredLength, long maxBytes)
            throws IOException, MalformedException, TooLargeException {
        byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
        if (declaredLength > maxBytes) {
            throw new TooLargeException();
        }
        byte[] data = declaredLength >= 0 ? readExactly(body, (int) declaredLength) : readAtMost(body, maxBytes);
        return parts(data, delimiter);
    }

    /** The {@code boundary} parameter of a {@code multipart/form-data} content type. */
    public static String boundary(String contentType) throws MalformedException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new MalformedException("not multipart/form-data");
        }
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new MalformedException("missing or invalid boundary");
        }
        return boundary;
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException, MalformedException {
        byte[] data = in.readNBytes(length);
        if (data.length < length) {
            throw new MalformedException("body shorter than its declared length");
        }
        return data;
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, TooLargeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static List<Part> parts(byte[] data, byte[] delimiter) throws MalformedException {
        byte[] separator = concat(CRLF, delimiter);
        int position = indexOf(data, delimiter, 0);
        if (position < 0) {
            throw new MalformedException("no boundary in the body");
        }
        position += delimiter.length;
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(data, position, new byte[] {'-', '-'})) {
                return parts;
            }
            while (position < data.length && (data[position] == ' ' || data[position] == '\t')) {
                position++;
            }
            if (!startsWith(data, position, CRLF)) {
                throw new MalformedException("boundary not followed by a line break");
            }
            int headerStart = position + CRLF.length;
            int headerEnd = indexOf(data, HEADER_END, headerStart - CRLF.length);
            int contentEnd = headerEnd < 0 ? -1 : indexOf(data, separator, headerEnd + HEADER_END.length);
            if (headerEnd < 0 || contentEnd < 0) {
                throw new MalformedException("part not closed by a boundary");
            }
            String headers = headerEnd < headerStart ? ""
                    : new String(data, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(data, headerEnd + HEADER_END.length, contentEnd);
            parts.add(part(headers, content));
            position = contentEnd + separator.length;
        }
    }

    private static Part part(String headerBlock, byte[] content) throws MalformedException {
        Map<String, String> headers = new HashMap<>();
        for (String line : headerBlock.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw new MalformedException("part without Content-Disposition: form-data");
        }
        Map<String, String> parameters = parameters(disposition);
        String name = parameters.get("name");
        if (name == null || name.isEmpty()) {
            throw new MalformedException("part without a name");
        }
        return new Part(name, parameters.get("filename"), headers.get("content-type"), content);
    }

    /** The {@code ; key=value} parameters of a header value; values may be quoted with backslash escapes. */
    public static Map<String, String> parameters(String headerValue) {
        Map<String, String> parameters = new HashMap<>();
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            int equals = headerValue.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String key = headerValue.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < headerValue.length() && headerValue.charAt(j) == ' ') {
                j++;
            }
            String value;
            if (j < headerValue.length() && headerValue.charAt(j) == '"') {
                StringBuilder quoted = new StringBuilder();
                for (j++; j < headerValue.length() && headerValue.charAt(j) != '"'; j++) {
                    char c = headerValue.charAt(j);
                    if (c == '\\' && j + 1 < headerValue.length()) {
                        c = headerValue.charAt(++j);
                    }
                    quoted.append(c);
                }
                value = quoted.toString();
                j = headerValue.indexOf(';', j);
            } else {
                int end = headerValue.indexOf(';', j);
                value = headerValue.substring(j, end < 0 ? headerValue.length() : end).strip();
                j = end;
            }
            parameters.putIfAbsent(key, value);
            i = j;
        }
        return parameters;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            if (data[i] != pattern[0]) {
                continue;
            }
            for (int k = 1; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int position, byte[] prefix) {
        if (position < 0 || position + prefix.length > data.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (data[position + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
