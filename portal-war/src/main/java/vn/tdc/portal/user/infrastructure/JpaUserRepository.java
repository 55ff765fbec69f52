package vn.tdc.portal.user.infrastructure;

import vn.tdc.portal.unit.infrastructure.ScopedByCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.user.domain.UserAccount;
import vn.tdc.portal.user.domain.UserRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Staff accounts in {@code app_user}; joins the caller's transaction, scoped by the caller's unit. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** A native query: names are unique across units, whatever the caller may see. */
    @Override
    public boolean usernameTaken(String username) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user WHERE username = ?1")
                .setParameter(1, username).getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public List<UserAccount> page(int offset, int limit) {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    /** A native query: the administrators above the caller's unit are outside what the caller may see. */
    @Override
    public long countOtherActiveAdminsOver(long accountId, String unitPath) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(DISTINCT a.id) FROM app_user a"
                        + " JOIN app_user_role r ON r.user_id = a.id JOIN admin_unit u ON u.id = a.unit_id"
                        + " WHERE a.enabled = TRUE AND r.role = 'ADMIN' AND a.id <> ?1"
                        + " AND ?2 LIKE CONCAT(u.path, '%')")
                .setParameter(1, accountId).setParameter(2, unitPath).getSingleResult();
        return count.longValue();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public Map<String, String> fullNamesByUsername() {
        return em.createQuery("SELECT u.username, u.fullName FROM UserAccount u", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
