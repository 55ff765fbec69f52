package vn.tdc.knowledge.document.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.tdc.knowledge.document.application.DocumentFormatException;
import vn.tdc.knowledge.document.application.LegalDocumentParser;
import vn.tdc.knowledge.document.domain.LegalDocument;

/**
 * Reads content files ({@code *.md} with a front-matter header, see {@link LegalDocumentParser}) from a
 * directory. Files whose name starts with "_" or "." are skipped, so notes can live next to the documents.
 */
public final class DocumentLoader {

    private final LegalDocumentParser parser = new LegalDocumentParser();

    /** Loads every document of a directory (not recursive), ordered by id; ids must be unique. */
    public List<LegalDocument> loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("not a directory: " + directory.toAbsolutePath()));
        }
        List<LegalDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(DocumentLoader::isContentFile).sorted().toList()) {
                documents.add(load(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        Set<String> ids = new HashSet<>();
        for (LegalDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new DocumentFormatException("duplicate document id '" + d.id() + "' in " + directory);
            }
        }
        documents.sort(Comparator.comparing(LegalDocument::id));
        return documents;
    }

    /** Loads one content file. */
    public LegalDocument load(Path file) {
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isContentFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".md") && !name.startsWith("_") && !name.startsWith(".");
    }
}
