package vn.tdc.portal.unit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitRepository;

import java.util.List;
import java.util.Optional;

/** Units in {@code admin_unit}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class JpaUnitRepository implements UnitRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<AdministrativeUnit> findAll() {
        return em.createQuery("SELECT u FROM AdministrativeUnit u ORDER BY u.sortOrder, u.name", AdministrativeUnit.class)
                .getResultList();
    }

    @Override
    public Optional<AdministrativeUnit> findById(long id) {
        return Optional.ofNullable(em.find(AdministrativeUnit.class, id));
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(String code) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.code = :code", AdministrativeUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findBySlug(String slug) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.slug = :slug", AdministrativeUnit.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public void add(AdministrativeUnit unit) {
        em.persist(unit);
        em.flush();
    }

    /** A native query: it must not pass through the scope it is used to compute. */
    @Override
    public Optional<String> pathOfAccount(String username) {
        List<?> rows = em.createNativeQuery("SELECT u.path FROM app_user a JOIN admin_unit u ON u.id = a.unit_id"
                        + " WHERE a.username = ?1 AND a.enabled = TRUE")
                .setParameter(1, username).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }
}
