package vn.tdc.portal.article.infrastructure;

import vn.tdc.portal.unit.infrastructure.ScopedByCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.domain.Article;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.article.domain.ArticleRevision;
import vn.tdc.portal.article.domain.ArticleStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles in {@code article}, {@code article_revision}, {@code article_category}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaArticleRepository implements ArticleRepository {

    private static final String PUBLISHED = ArticleStatus.PUBLISHED.code();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Article article) {
        em.persist(article);
        em.flush();
    }

    @Override
    public Optional<Article> findById(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findBySlug(String slug) {
        return em.createQuery("SELECT a FROM Article a WHERE a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** A native query: an article's address is unique across units, whatever the caller may see. */
    @Override
    public boolean slugTaken(String slug, Long exceptId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM article WHERE slug = ?1 AND id <> ?2")
                .setParameter(1, slug).setParameter(2, exceptId == null ? -1L : exceptId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public Optional<Article> findBySeedKey(String seedKey) {
        return em.createQuery("SELECT a FROM Article a WHERE a.seedKey = :key", Article.class)
                .setParameter("key", seedKey).getResultStream().findFirst();
    }

    @Override
    public List<Article> findForEditors(ArticleStatus status, int offset, int limit) {
        TypedQuery<Article> query = em.createQuery("SELECT a FROM Article a"
                + (status == null ? "" : " WHERE a.status = :status") + " ORDER BY a.updatedAt DESC, a.id DESC", Article.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countForEditors(ArticleStatus status) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Article a"
                + (status == null ? "" : " WHERE a.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status.code());
        }
        return query.getSingleResult();
    }

    @Override
    public List<Article> findPublished(String categoryCode, String tag, Boolean featured, Collection<Long> units,
                                       int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Article> query = em.createQuery("SELECT a FROM Article a" + publishedWhere(categoryCode, tag, featured,
                units, parameters) + " ORDER BY a.publishedAt DESC, a.id DESC", Article.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublished(String categoryCode, String tag, Boolean featured, Collection<Long> units) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Article a"
                + publishedWhere(categoryCode, tag, featured, units, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Tags are stored as "a, b, c"; a tag matches as a whole item of that list. {@code units} is a view filter (the
     * news of one ward's pages), not access control, which the unit scope does for every query.
     */
    private static String publishedWhere(String categoryCode, String tag, Boolean featured, Collection<Long> units,
                                         Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE a.status = :published");
        parameters.put("published", PUBLISHED);
        if (categoryCode != null) {
            where.append(" AND a.content.categoryCode = :category");
            parameters.put("category", categoryCode);
        }
        if (tag != null) {
            where.append(" AND CONCAT(', ', a.content.tags, ', ') LIKE :tag");
            parameters.put("tag", "%, " + tag.replace("\\", "").replace("%", "").replace("_", "") + ", %");
        }
        if (featured != null) {
            where.append(" AND a.featured = :featured");
            parameters.put("featured", featured);
        }
        if (units != null) {
            where.append(" AND a.unitId IN :units");
            parameters.put("units", units.isEmpty() ? List.of(-1L) : List.copyOf(units));
        }
        return where.toString();
    }

    @Override
    public List<Article> findDueForPublication(Instant now) {
        return em.createQuery("SELECT a FROM Article a WHERE a.status = :review AND a.scheduledAt IS NOT NULL"
                        + " AND a.scheduledAt <= :now ORDER BY a.scheduledAt", Article.class)
                .setParameter("review", ArticleStatus.REVIEW.code()).setParameter("now", now).getResultList();
    }

    @Override
    public void addRevision(ArticleRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<ArticleRevision> revisions(long articleId) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :id ORDER BY r.number DESC",
                ArticleRevision.class).setParameter("id", articleId).getResultList();
    }

    @Override
    public Optional<ArticleRevision> revision(long articleId, int number) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :id AND r.number = :number",
                        ArticleRevision.class)
                .setParameter("id", articleId).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public List<ArticleCategory> categories() {
        return em.createQuery("SELECT c FROM ArticleCategory c ORDER BY c.sortOrder, c.code", ArticleCategory.class)
                .getResultList();
    }

    @Override
    public Optional<ArticleCategory> findCategory(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(ArticleCategory.class, code));
    }

    @Override
    public void addCategory(ArticleCategory category) {
        em.persist(category);
    }

    @Override
    public long countCoverUses(String sha256) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.content.coverSha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult()
                + em.createQuery("SELECT COUNT(r) FROM ArticleRevision r WHERE r.content.coverSha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult();
    }

    @Override
    public boolean isPublishedCover(String sha256) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.status = :published"
                        + " AND (a.content.coverSha256 = :sha OR a.content.bodyHtml LIKE :inBody)", Long.class)
                .setParameter("sha", sha256).setParameter("published", PUBLISHED)
                .setParameter("inBody", "%/tin-tuc/anh/" + sha256 + ".%").getSingleResult() > 0;
    }
}
