package vn.tdc.knowledge.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.tdc.knowledge.document.domain.LegalDocument;
import vn.tdc.knowledge.document.infrastructure.DocumentLoader;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

/** The real content of the portal ({@code ../content/documents} next to this module), loaded once. */
public final class ContentDocuments {

    private static List<LegalDocument> documents;
    private static DocumentIndex index;

    private ContentDocuments() {
    }

    public static Path directory() {
        Path dir = Path.of(System.getProperty("user.dir")).resolve("../content/documents").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("content directory not found: " + dir);
        }
        return dir;
    }

    public static synchronized List<LegalDocument> documents() {
        if (documents == null) {
            documents = new DocumentLoader().loadDirectory(directory());
        }
        return documents;
    }

    /** A shared in-memory index of all documents; tests must not modify it. */
    public static synchronized DocumentIndex sharedIndex() {
        if (index == null) {
            index = DocumentIndex.inMemory();
            index.rebuild(documents());
        }
        return index;
    }

    public static LegalDocument byIdContaining(String fragment) {
        return documents().stream()
                .filter(d -> d.id().contains(fragment))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document id contains " + fragment));
    }
}
