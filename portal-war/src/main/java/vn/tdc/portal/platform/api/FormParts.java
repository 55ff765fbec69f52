package vn.tdc.portal.platform.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a {@code multipart/form-data} body (RFC 7578) as Jakarta REST hands them over, each read once into
 * memory: a field's value as UTF-8 text, a file's bytes with its name and declared type (its part's
 * {@code Content-Type}, absent when not sent). The body's size was limited
 * while it was read ({@link MultipartUpload}), so what is held here is at most that limit. A part with a
 * {@code filename} parameter (even empty) is a file; a file part with neither a name nor bytes is what a browser
 * sends when no file was chosen, and is left out.
 *
 * <p>Jersey's reader (MIMEPull) decodes part headers as ISO-8859-1, while browsers and HTTP clients send non-ASCII
 * file names as raw UTF-8: a name whose bytes are valid UTF-8 is read as UTF-8, as it was sent.
 */
public final class FormParts {

    /** One part: a field when {@code fileName} is null. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public boolean isFile() {
            return fileName != null;
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private FormParts(List<Part> parts) {
        this.parts = parts;
    }

    /** Reads every part; an absent body (no parts) is an empty form. */
    public static FormParts read(List<EntityPart> entityParts) {
        List<Part> parts = new ArrayList<>();
        for (EntityPart part : entityParts == null ? List.<EntityPart>of() : entityParts) {
            String fileName = part.getFileName().map(FormParts::utf8).orElse(null);
            byte[] content = bytes(part);
            if (fileName != null && fileName.isEmpty() && content.length == 0) {
                continue;
            }
            String type = fileName == null ? null : part.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
            parts.add(new Part(utf8(part.getName()), fileName, type, content));
        }
        return new FormParts(List.copyOf(parts));
    }

    public List<Part> all() {
        return parts;
    }

    /** The first field (not file) of that name. */
    public Optional<String> field(String name) {
        return parts.stream().filter(p -> !p.isFile() && p.name().equals(name)).findFirst().map(Part::text);
    }

    /** The files sent under that name, in their order. */
    public List<Part> files(String name) {
        return parts.stream().filter(p -> p.isFile() && p.name().equals(name)).toList();
    }

    private static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text again as UTF-8 when its ISO-8859-1 characters are the bytes of valid UTF-8; else as it is. */
    static String utf8(String latin1) {
        if (latin1 == null || latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        if (latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }
}
