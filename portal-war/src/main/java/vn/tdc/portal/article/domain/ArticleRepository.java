package vn.tdc.portal.article.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Articles, their revisions and categories. Callers own the transaction. */
public interface ArticleRepository {

    void add(Article article);

    Optional<Article> findById(long id);

    Optional<Article> findBySlug(String slug);

    boolean slugTaken(String slug, Long exceptId);

    Optional<Article> findBySeedKey(String seedKey);

    /** Articles for the editors' list, newest change first; {@code status} null for all. */
    List<Article> findForEditors(ArticleStatus status, int offset, int limit);

    long countForEditors(ArticleStatus status);

    /**
     * Published articles, newest first, optionally of one category and/or carrying one tag, and of the given units
     * only ({@code units} null for every unit: a ward's pages ask for the ward, its province and the root).
     */
    List<Article> findPublished(String categoryCode, String tag, Boolean featured, Collection<Long> units, int offset,
                                int limit);

    long countPublished(String categoryCode, String tag, Boolean featured, Collection<Long> units);

    /** Articles in review whose scheduled time has come. */
    List<Article> findDueForPublication(Instant now);

    void addRevision(ArticleRevision revision);

    List<ArticleRevision> revisions(long articleId);

    Optional<ArticleRevision> revision(long articleId, int number);

    List<ArticleCategory> categories();

    Optional<ArticleCategory> findCategory(String code);

    void addCategory(ArticleCategory category);

    /** How many articles (any state, any revision) use a stored image as their cover. */
    long countCoverUses(String sha256);

    /** Whether a published article shows this image (as its cover or in its body). */
    boolean isPublishedCover(String sha256);
}
