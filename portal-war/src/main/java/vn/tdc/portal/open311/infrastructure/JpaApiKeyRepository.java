package vn.tdc.portal.open311.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.tdc.portal.open311.domain.ApiKey;
import vn.tdc.portal.open311.domain.ApiKeyRepository;

import java.util.List;
import java.util.Optional;

/** Keys in {@code open311_api_key}; joins the caller's transaction. */
@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ApiKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<ApiKey> findById(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiKey> all() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class)
                .getResultList();
    }
}
