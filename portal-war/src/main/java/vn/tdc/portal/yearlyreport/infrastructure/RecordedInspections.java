package vn.tdc.portal.yearlyreport.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.yearlyreport.domain.InspectionFigures;
import vn.tdc.portal.yearlyreport.domain.InspectionSummary;

import java.sql.Date;
import java.time.LocalDate;

/**
 * The inspections officers recorded ({@code inspection}, {@code inspection_finding}, V15) held in the year: how many,
 * the distinct places and instruments their findings name, the findings and those "không đạt". Native SQL: figures
 * of a unit the service has already checked the caller may see.
 */
@ApplicationScoped
@Transactional
public class RecordedInspections implements InspectionFigures {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public InspectionSummary of(long unitId, int year) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT i.id), COUNT(DISTINCT f.place_id),"
                        + " COUNT(DISTINCT f.instrument_id), COUNT(f.id), COALESCE(SUM(f.result = 'khong-dat'), 0)"
                        + " FROM inspection i LEFT JOIN inspection_finding f ON f.inspection_id = i.id"
                        + " WHERE i.unit_id = ?1 AND i.held_on >= ?2 AND i.held_on < ?3")
                .setParameter(1, unitId)
                .setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .getSingleResult();
        return new InspectionSummary(true, number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
