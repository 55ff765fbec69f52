package vn.tdc.portal.document.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download: {@code attachment} with an ASCII {@code filename} for old clients
 * and the real (Vietnamese) name in {@code filename*} (RFC 6266, RFC 5987 encoding).
 */
final class ContentDisposition {

    private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /**
     * @param fileName the name to save under, any characters
     * @param fallback an ASCII name used when nothing of {@code fileName} survives the reduction to ASCII
     */
    static String attachment(String fileName, String fallback) {
        String ascii = ascii(fileName);
        return "attachment; filename=\"" + (ascii.isEmpty() ? fallback : ascii) + "\"; filename*=UTF-8''"
                + encode(fileName.isBlank() ? fallback : fileName);
    }

    /**
     * "Kế hoạch số 12.pdf" → "Ke-hoach-so-12.pdf": diacritics dropped, "đ" → "d", other characters → "-"; empty when
     * nothing of the name before its extension is left.
     */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-");
        int dot = folded.lastIndexOf('.');
        String stem = (dot < 0 ? folded : folded.substring(0, dot)).replaceAll("^[-.]+|[-.]+$", "");
        String extension = dot < 0 ? "" : folded.substring(dot).replaceAll("-+$", "");
        return stem.isEmpty() ? "" : stem + (extension.length() > 1 ? extension : "");
    }

    /** RFC 5987 {@code value-chars}: attribute characters as they are, every other UTF-8 byte as {@code %XX}. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || ATTRIBUTE_CHARACTERS.indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
