package vn.tdc.knowledge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.analysis.Slug;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/**
 * The seed articles of {@code ../content/articles} cut into chunks the way the portal's article indexer cuts them
 * (title and summary; the text before the first heading; one chunk per h2/h3 section), each filed under its unit as
 * the portal files it, so that answers can be scored on the index the running portal has. An approximation of the portal's indexer (plain text
 * from the HTML), for scoring only.
 */
public final class SeedArticles {

    private static final Pattern BLOCK = Pattern.compile("(?is)<(h2|h3|p|li)[^>]*>(.*?)</\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private SeedArticles() {
    }

    /** Chunks by source id ({@code article:<n>}). */
    public static Map<String, List<IndexChunk>> chunks() {
        Path dir = ContentDocuments.directory().resolveSibling("articles");
        Map<String, List<IndexChunk>> bySource = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> articles = files.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.html")).sorted().toList();
            for (int i = 0; i < articles.size(); i++) {
                String id = "article:" + (i + 1);
                bySource.put(id, chunksOf(id, Files.readString(articles.get(i), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySource;
    }

    /**
     * The article's source as the portal files it under its unit: a ward's article has the ward's place and province
     * (as the ward's plan has them), a province's has the province as region, an article of no unit is national.
     */
    private static SourceInfo source(String id, String title, String author, String slug, String unit) {
        String reference = "Bài viết „" + title + "”";
        String url = "/tin-tuc/" + slug;
        Collection<SourceInfo> plans = ContentDocuments.sharedIndex().sources().values();
        Optional<SourceInfo> ward = plans.stream().filter(p -> p.unit().equals(unit)).findFirst()
                .map(p -> new SourceInfo(id, SourceType.ARTICLE, title, author, reference, "", p.places(), p.regions(), "", "", "",
                        url, unit, AdministrativeLevel.WARD));
        if (ward.isPresent() || unit.isBlank()) {
            return ward.orElseGet(() -> new SourceInfo(id, SourceType.ARTICLE, title, author, reference, "", List.of(), List.of(),
                    "", "", "", url, "", AdministrativeLevel.NATIONAL));
        }
        List<String> province = plans.stream().flatMap(p -> p.regions().stream())
                .filter(r -> Slug.words(r).endsWith(unit)).distinct().toList();
        return new SourceInfo(id, SourceType.ARTICLE, title, author, reference, "", List.of(), province, "", "", "", url, unit,
                AdministrativeLevel.PROVINCE);
    }

    private static List<IndexChunk> chunksOf(String id, String file) {
        String[] parts = file.split("(?m)^---\\s*$", 3);
        Map<String, String> front = new HashMap<>();
        for (String line : parts[1].strip().split("\n")) {
            int colon = line.indexOf(':');
            front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String title = front.get("title");
        SourceInfo source = source(id, title, front.getOrDefault("author", ""), front.get("slug"), front.getOrDefault("unit", ""));
        List<IndexChunk> chunks = new ArrayList<>();
        chunks.add(new IndexChunk(source, "tom-tat", "Tóm tắt", "", title, title + "\n" + front.get("summary")));
        List<String> intro = new ArrayList<>();
        List<String[]> sections = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        Matcher m = BLOCK.matcher(parts[2]);
        while (m.find()) {
            String text = TAG.matcher(m.group(2)).replaceAll("").replaceAll("\\s+", " ").strip();
            if (m.group(1).startsWith("h")) {
                sections.add(new String[] {String.valueOf(sections.size() + 1), text});
                lines.add(new ArrayList<>(List.of(text)));
            } else {
                (lines.isEmpty() ? intro : lines.get(lines.size() - 1)).add(text);
            }
        }
        if (!intro.isEmpty()) {
            chunks.add(new IndexChunk(source, "mo-dau", "Mở đầu", title, "", String.join("\n", intro)));
        }
        for (int i = 0; i < sections.size(); i++) {
            chunks.add(new IndexChunk(source, sections.get(i)[0], sections.get(i)[1], title, sections.get(i)[1],
                    String.join("\n", lines.get(i))));
        }
        return chunks;
    }
}
