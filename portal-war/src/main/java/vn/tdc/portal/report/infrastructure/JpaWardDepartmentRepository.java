package vn.tdc.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.report.domain.WardDepartment;
import vn.tdc.portal.report.domain.WardDepartmentRepository;

import java.util.List;

/** Wards' departments in {@code unit_department}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class JpaWardDepartmentRepository implements WardDepartmentRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<WardDepartment> ofUnit(long unitId) {
        return em.createQuery("SELECT d FROM WardDepartment d WHERE d.unitId = :unit"
                        + " ORDER BY d.sortOrder, d.departmentCode", WardDepartment.class)
                .setParameter("unit", unitId).getResultList();
    }

    @Override
    public void add(WardDepartment department) {
        em.persist(department);
    }

    @Override
    public void remove(WardDepartment department) {
        em.remove(department);
    }

    @Override
    public void copyActiveCatalogue(long unitId) {
        em.createNativeQuery("INSERT INTO unit_department (unit_id, department_code, active, sort_order)"
                        + " SELECT ?1, d.code, TRUE, d.sort_order FROM report_department d WHERE d.active = TRUE"
                        + " AND NOT EXISTS (SELECT 1 FROM unit_department x WHERE x.unit_id = ?1"
                        + " AND x.department_code = d.code)")
                .setParameter(1, unitId).executeUpdate();
    }
}
