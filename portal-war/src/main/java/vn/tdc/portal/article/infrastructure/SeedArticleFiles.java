package vn.tdc.portal.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tdc.knowledge.document.application.DocumentFormatException;
import vn.tdc.knowledge.document.application.FrontMatter;
import vn.tdc.knowledge.document.application.FrontMatterParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles shipped in {@code content/articles/} (packaged into the WAR as the classpath folder
 * {@code content/articles}), one {@code <slug>.html} file each: a {@code ---} front matter, then an HTML body. The
 * format is described in {@code content/articles/_FORMAT.md}; files whose name starts with {@code _} or {@code .}
 * are skipped.
 *
 * <p>A seed is either valid or refused: every problem (missing or malformed field, unknown field, duplicate slug,
 * a tag or attribute outside the allowed set in the body) is a {@link DocumentFormatException} whose message starts
 * with the file's name, so a bad file fails the build's test instead of silently disappearing from the site.
 */
@ApplicationScoped
public class SeedArticleFiles {

    static final String LOCATION = "content/articles";
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int SLUG_MAX_LENGTH = 120;
    /** Column sizes of {@code article} (V4): a longer field would fail only at insertion, with a vaguer message. */
    static final int TITLE_MAX_LENGTH = 300;
    static final int SUMMARY_MAX_LENGTH = 1000;
    static final int AUTHOR_MAX_LENGTH = 200;
    static final int TAGS_MAX_LENGTH = 500;
    /** The only elements an article body may use; {@code a} only with an internal {@code href="/…"}. */
    public static final Set<String> ALLOWED_TAGS =
            Set.of("p", "h2", "h3", "ul", "ol", "li", "strong", "em", "blockquote", "a");

    private static final Set<String> FIELDS =
            Set.of("slug", "title", "summary", "category", "tags", "author", "featured", "published", "unit");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>");
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\s+href=\"/(?!/)[^\"\\s<>]*\"\\s*");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Every article of the classpath folder {@code content/articles}, oldest first; none if it is absent. */
    public List<SeedArticle> load() {
        URL url = SeedArticleFiles.class.getClassLoader().getResource(LOCATION);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    return loadDirectory(zip.provider().getPath(uri));
                } catch (FileSystemAlreadyExistsException e) {
                    return loadDirectory(FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return loadDirectory(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads every {@code *.html} article file of a directory (not recursive), oldest {@code published} first.
     * Slugs must be unique across the files.
     */
    public static List<SeedArticle> loadDirectory(Path directory) {
        List<SeedArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(SeedArticleFiles::isArticleFile).sorted().toList()) {
                articles.add(parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        Map<String, String> fileOfSlug = new HashMap<>();
        for (SeedArticle article : articles) {
            String earlier = fileOfSlug.putIfAbsent(article.slug(), article.fileName());
            if (earlier != null) {
                throw new DocumentFormatException(article.fileName() + ": slug '" + article.slug()
                        + "' is already used by " + earlier);
            }
        }
        articles.sort(Comparator.comparing(SeedArticle::publishedAt).thenComparing(SeedArticle::slug));
        return articles;
    }

    /** Parses the text of one article file; {@code fileName} names it in every error message. */
    public static SeedArticle parse(String text, String fileName) {
        FrontMatter fm = new FrontMatterParser().parse(Normalizer.normalize(text, Normalizer.Form.NFC), fileName);
        for (String key : fm.fields().keySet()) {
            if (!FIELDS.contains(key)) {
                throw new DocumentFormatException(fileName + ": unknown field '" + key + "' (expected "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String slug = required(fm, "slug", fileName);
        if (slug.length() > SLUG_MAX_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new DocumentFormatException(fileName + ": slug '" + slug + "' must be lower-case letters a-z, "
                    + "digits and single hyphens, at most " + SLUG_MAX_LENGTH + " characters");
        }
        String category = required(fm, "category", fileName);
        if (!SLUG.matcher(category).matches()) {
            throw new DocumentFormatException(fileName + ": category '" + category
                    + "' must be a category code such as do-luong");
        }
        String body = fm.body().strip();
        if (body.isEmpty()) {
            throw new DocumentFormatException(fileName + ": the article has no body after the front matter");
        }
        checkBody(body, fileName);
        List<String> tags = tags(fm.fieldOrEmpty("tags"), fileName);
        atMost("tags", String.join(", ", tags), TAGS_MAX_LENGTH, fileName);
        return new SeedArticle(slug,
                atMost("title", required(fm, "title", fileName), TITLE_MAX_LENGTH, fileName),
                atMost("summary", required(fm, "summary", fileName), SUMMARY_MAX_LENGTH, fileName),
                category, tags,
                atMost("author", fm.fieldOrEmpty("author"), AUTHOR_MAX_LENGTH, fileName),
                featured(fm.fieldOrEmpty("featured"), fileName),
                published(required(fm, "published", fileName), fileName), body, fileName,
                fm.fieldOrEmpty("unit"));
    }

    private static String atMost(String key, String value, int maxLength, String fileName) {
        if (value.length() > maxLength) {
            throw new DocumentFormatException(fileName + ": " + key + " is " + value.length()
                    + " characters long, at most " + maxLength + " are allowed");
        }
        return value;
    }

    private static String required(FrontMatter fm, String key, String fileName) {
        return fm.field(key).orElseThrow(() ->
                new DocumentFormatException(fileName + ": required field '" + key + "' is missing or empty"));
    }

    private static List<String> tags(String value, String fileName) {
        Set<String> tags = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                continue;
            }
            if (!tag.equals(tag.toLowerCase(VIETNAMESE))) {
                throw new DocumentFormatException(fileName + ": tag '" + tag + "' must be lower case");
            }
            if (!tags.add(tag)) {
                throw new DocumentFormatException(fileName + ": tag '" + tag + "' appears twice");
            }
        }
        return List.copyOf(tags);
    }

    private static boolean featured(String value, String fileName) {
        return switch (value) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new DocumentFormatException(fileName + ": featured must be 'true' or 'false', not '"
                    + value + "'");
        };
    }

    private static Instant published(String value, String fileName) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new DocumentFormatException(fileName + ": published '" + value
                    + "' must be an ISO-8601 date-time with offset, e.g. 2026-11-02T08:00:00+07:00", e);
        }
    }

    private static void checkBody(String body, String fileName) {
        Matcher tag = TAG.matcher(body);
        StringBuilder text = new StringBuilder();
        int end = 0;
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            String attributes = tag.group(3);
            if (!ALLOWED_TAGS.contains(name)) {
                throw new DocumentFormatException(fileName + ": tag <" + name + "> is not allowed in an article "
                        + "(allowed: " + String.join(", ", ALLOWED_TAGS.stream().sorted().toList()) + ")");
            }
            boolean closing = !tag.group(1).isEmpty();
            boolean link = name.equals("a") && !closing;
            if (link ? !INTERNAL_LINK.matcher(attributes).matches() : !attributes.isBlank()) {
                throw new DocumentFormatException(fileName + ": " + tag.group() + " is not allowed: "
                        + (link ? "a link needs exactly one internal href=\"/…\"" : "tags take no attributes"));
            }
            text.append(body, end, tag.start());
            end = tag.end();
        }
        text.append(body.substring(end));
        int stray = text.indexOf("<");
        if (stray >= 0) {
            throw new DocumentFormatException(fileName + ": unexpected '<' in the body near \""
                    + text.substring(stray, Math.min(text.length(), stray + 30)) + "\" (write &lt; for a literal <)");
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".html") && !name.startsWith("_") && !name.startsWith(".");
    }
}
