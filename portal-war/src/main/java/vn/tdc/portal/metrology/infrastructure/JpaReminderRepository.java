package vn.tdc.portal.metrology.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.metrology.domain.MeasuringInstrument;
import vn.tdc.portal.metrology.domain.ReminderRepository;
import vn.tdc.portal.unit.infrastructure.ScopedByCaller;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reminders in {@code instrument_reminder}; officers' addresses in {@code app_user}. Each call is one transaction. */
@ApplicationScoped
@Transactional
@ScopedByCaller
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<MeasuringInstrument> dueWithoutReminder(long unitId, LocalDate until) {
        List<?> ids = em.createNativeQuery("SELECT i.id FROM measuring_instrument i"
                        + " WHERE i.unit_id = ?1 AND i.suspended = FALSE AND i.verification_passed = TRUE"
                        + " AND i.verified_on IS NOT NULL AND i.due_on <= ?2"
                        + " AND NOT EXISTS (SELECT 1 FROM instrument_reminder r"
                        + " WHERE r.instrument_id = i.id AND r.due_on = i.due_on)")
                .setParameter(1, unitId).setParameter(2, java.sql.Date.valueOf(until)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM MeasuringInstrument i WHERE i.id IN :ids ORDER BY i.dueOn, i.id",
                        MeasuringInstrument.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList();
    }

    @Override
    public List<String> officerEmails(long unitId) {
        List<?> rows = em.createNativeQuery("SELECT DISTINCT u.email FROM app_user u"
                        + " JOIN app_user_role r ON r.user_id = u.id AND r.role = 'OFFICER'"
                        + " WHERE u.unit_id = ?1 AND u.enabled = TRUE AND u.email IS NOT NULL AND u.email <> ''"
                        + " ORDER BY u.email")
                .setParameter(1, unitId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    @Override
    public void remember(long instrumentId, LocalDate dueOn, Instant sentAt, int recipients) {
        em.createNativeQuery("INSERT IGNORE INTO instrument_reminder (instrument_id, due_on, sent_at, recipients)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, instrumentId).setParameter(2, java.sql.Date.valueOf(dueOn))
                .setParameter(3, Timestamp.from(sentAt)).setParameter(4, recipients).executeUpdate();
    }
}
