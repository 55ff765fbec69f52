package vn.tdc.portal.article.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.article.infrastructure.ArticleBodyText.Kind;
import vn.tdc.portal.article.infrastructure.ArticleBodyText.Line;
import vn.tdc.portal.platform.config.PortalSettings;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;
import vn.tdc.knowledge.search.infrastructure.DocumentIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts published articles in the portal's one search index, next to the documents, so that {@code /api/search},
 * {@code /tim-kiem} and the assistant find and cite them (type {@code article}, link {@code /tin-tuc/{slug}}).
 *
 * <p>Rules: only published articles may be given to it — a draft, a scheduled or an unpublished article must never
 * be searchable or citable; the caller ({@code ArticleIndexFollower}, {@code ArticleStartup}) checks that, this class
 * indexes whatever it is given. An article is source {@code article:<id>}, issued by its author (or its unit's
 * culture centre when it names none), about its unit: a ward's article has the ward as its place and the province as its
 * region (unit and level {@code xa}), a province's article the province as its region (level {@code tinh}), a platform
 * article none (national), so a question naming the ward finds its news too and a question asked on a ward's pages
 * finds that ward's news first. An article of no known unit keeps the ward and province of {@code portal.ward.*}. Its chunks: the title with the summary
 * ({@value #SUMMARY_ANCHOR}), the body text before the first heading ({@value #INTRO_ANCHOR}), and one chunk per
 * {@code h2} or {@code h3} section of the body (anchors "1", "2"… in order, labelled with the heading; the article title
 * and, for an {@code h3}, its {@code h2} are searched with it as context).
 */
@ApplicationScoped
public class ArticleSearchIndexer {

    static final String SOURCE_PREFIX = "article:";
    static final String SUMMARY_ANCHOR = "tom-tat";
    static final String INTRO_ANCHOR = "mo-dau";

    @Inject
    DocumentIndex index;

    @Inject
    PortalSettings settings;

    @Inject
    UnitDirectory units;

    /** Adds the article to the index or replaces what was indexed for it; searchable at once. */
    public void index(PublishedArticle article) {
        index.replace(sourceId(article.id()), chunks(article));
    }

    /** Takes the article out of search and answers; an article that is not indexed is ignored. */
    public void remove(long articleId) {
        index.delete(sourceId(articleId));
    }

    /** Makes these the only indexed articles (at startup), in one index commit; documents are left as they are. */
    public void reindexAll(List<PublishedArticle> articles) {
        Map<String, List<IndexChunk>> bySource = new LinkedHashMap<>();
        for (PublishedArticle a : articles) {
            bySource.put(sourceId(a.id()), chunks(a));
        }
        index.replaceAll(SourceType.ARTICLE, bySource);
    }

    static String sourceId(long articleId) {
        return SOURCE_PREFIX + articleId;
    }

    List<IndexChunk> chunks(PublishedArticle article) {
        SourceInfo source = source(article);
        List<IndexChunk> chunks = new ArrayList<>();
        String title = article.title().strip();
        String summary = article.summary() == null ? "" : article.summary().strip();
        chunks.add(new IndexChunk(source, SUMMARY_ANCHOR, Messages.get("article.search.summary"), "", title,
                summary.isEmpty() ? title : title + "\n" + summary));

        List<String> intro = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String parentHeading = "";
        for (Line line : ArticleBodyText.lines(article.bodyHtml())) {
            if (line.kind() == Kind.TEXT) {
                (sections.isEmpty() ? intro : sections.get(sections.size() - 1).lines).add(line.text());
                continue;
            }
            if (line.kind() == Kind.HEADING_2) {
                parentHeading = line.text();
            }
            String context = line.kind() == Kind.HEADING_3 && !parentHeading.isEmpty() ? title + "\n" + parentHeading : title;
            sections.add(new Section(String.valueOf(sections.size() + 1), line.text(), context));
        }
        if (!intro.isEmpty()) {
            chunks.add(new IndexChunk(source, INTRO_ANCHOR, Messages.get("article.search.intro"), title, "",
                    String.join("\n", intro)));
        }
        sections.forEach(section -> chunks.add(section.chunk(source)));
        return chunks;
    }

    private SourceInfo source(PublishedArticle a) {
        String author = a.author() == null ? "" : a.author().strip();
        Optional<UnitView> unit = a.unitId() == 0 ? Optional.empty() : units.byId(a.unitId());
        String owner = unit.filter(u -> u.level() != UnitLevel.NEN_TANG).map(UnitView::name).orElse(lowerLevel(settings.getWardName()));
        String issuer = author.isEmpty() ? Messages.format("article.search.issuer", owner) : author;
        String reference = Messages.format("article.search.reference", a.title().strip());
        if (unit.isEmpty()) {
            return new SourceInfo(sourceId(a.id()), SourceType.ARTICLE, a.title(), issuer, reference, "",
                    nonBlank(settings.getWardName()), nonBlank(settings.getProvince()), "", "", "", a.url());
        }
        UnitView u = unit.get();
        return switch (u.level()) {
            case XA -> new SourceInfo(sourceId(a.id()), SourceType.ARTICLE, a.title(), issuer, reference, "", List.of(u.name()),
                    nonBlank(u.provinceName()), "", "", "", a.url(), u.slug(), AdministrativeLevel.WARD);
            case TINH -> new SourceInfo(sourceId(a.id()), SourceType.ARTICLE, a.title(), issuer, reference, "", List.of(),
                    List.of(u.name()), "", "", "", a.url(), u.slug(), AdministrativeLevel.PROVINCE);
            case NEN_TANG -> new SourceInfo(sourceId(a.id()), SourceType.ARTICLE, a.title(), issuer, reference, "", List.of(),
                    List.of(), "", "", "", a.url(), "", AdministrativeLevel.NATIONAL);
        };
    }

    /** "Xã Đông Cứu" → "xã Đông Cứu", as it reads inside a sentence. */
    private static String lowerLevel(String ward) {
        String w = ward == null ? "" : ward.strip();
        return w.isEmpty() ? w : Character.toLowerCase(w.charAt(0)) + w.substring(1);
    }

    private static List<String> nonBlank(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    /** A section of the body being collected: its heading line starts its text. */
    private static final class Section {
        final String anchor;
        final String heading;
        final String context;
        final List<String> lines = new ArrayList<>();

        Section(String anchor, String heading, String context) {
            this.anchor = anchor;
            this.heading = heading;
            this.context = context;
            lines.add(heading);
        }

        IndexChunk chunk(SourceInfo source) {
            return new IndexChunk(source, anchor, heading, context, heading, String.join("\n", lines));
        }
    }
}
