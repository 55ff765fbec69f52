package vn.tdc.knowledge.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 word-list resource from the class path: one entry per line, NFC-normalised and
 * stripped, blank lines and lines starting with '#' skipped.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(String classpathResource) {
        InputStream in = ResourceLines.class.getResourceAsStream(classpathResource);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + classpathResource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String t = VietnameseFolding.nfc(line).strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathResource, e);
        }
        return lines;
    }
}
