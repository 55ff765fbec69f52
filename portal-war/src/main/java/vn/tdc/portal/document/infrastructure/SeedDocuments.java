package vn.tdc.portal.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import vn.tdc.knowledge.document.domain.LegalDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The documents shipped in {@code content/documents/} (packaged into the WAR): the directive's plans the portal
 * starts with. Files whose name starts with {@code _} describe the format and are not documents.
 */
@ApplicationScoped
public class SeedDocuments {

    private static final String LOCATION = "content/documents";

    public List<LegalDocument> load() {
        URL url = SeedDocuments.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem zip = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return parseAll(zip.provider().getPath(url.toURI()));
                }
            }
            return parseAll(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LegalDocument> parseAll(Path directory) throws IOException {
        LegalDocumentParser parser = new LegalDocumentParser();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .sorted()
                    .map(f -> parse(parser, f))
                    .toList();
        }
    }

    private static LegalDocument parse(LegalDocumentParser parser, Path file) {
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
