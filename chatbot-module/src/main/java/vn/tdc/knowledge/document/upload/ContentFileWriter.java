package vn.tdc.knowledge.document.upload;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdc.knowledge.document.domain.DocumentMetadata;

/**
 * Writes metadata and a body in the content-file format read by {@code LegalDocumentParser}
 * ({@code content/documents/_FORMAT.md}): a {@code key: value} front matter between {@code ---} lines, then
 * the body with a blank line between paragraphs. Values are written on one line (line breaks become spaces),
 * so a value can never add a key.
 */
public final class ContentFileWriter {

    private ContentFileWriter() {
    }

    public static String write(DocumentMetadata metadata, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", metadata.id());
        fields.put("kind", metadata.kind());
        fields.put("number", metadata.number());
        fields.put("issuer", metadata.issuer());
        fields.put("place", metadata.place());
        fields.put("region", metadata.region());
        fields.put("issued", metadata.issued());
        fields.put("signer", metadata.signer());
        fields.put("signed-for", metadata.signedFor());
        fields.put("title", metadata.title());
        fields.put("source", metadata.source());
        fields.put("unit", metadata.unit());
        fields.put("level", metadata.level().code());
        StringBuilder sb = new StringBuilder("---\n");
        fields.forEach((key, value) -> {
            String line = value.replaceAll("\\R", " ").strip();
            sb.append(key).append(':').append(line.isEmpty() ? "" : " " + line).append('\n');
        });
        sb.append("---\n");
        for (String paragraph : body.split("\\R")) {
            if (!paragraph.isBlank()) {
                sb.append('\n').append(paragraph.strip()).append('\n');
            }
        }
        return sb.toString();
    }
}
