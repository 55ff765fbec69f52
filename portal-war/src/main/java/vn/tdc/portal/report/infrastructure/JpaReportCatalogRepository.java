package vn.tdc.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.tdc.portal.report.domain.Department;
import vn.tdc.portal.report.domain.ReportCatalogRepository;
import vn.tdc.portal.report.domain.ReportKind;

import java.util.List;
import java.util.Optional;

/** Kinds and departments in {@code report_kind} and {@code report_department}; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class JpaReportCatalogRepository implements ReportCatalogRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<ReportKind> kinds() {
        return em.createQuery("SELECT k FROM ReportKind k ORDER BY k.sortOrder, k.code", ReportKind.class)
                .getResultList();
    }

    @Override
    public Optional<ReportKind> findKind(String code) {
        return Optional.ofNullable(em.find(ReportKind.class, code));
    }

    @Override
    public void addKind(ReportKind kind) {
        em.persist(kind);
    }

    @Override
    public List<Department> departments() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.sortOrder, d.code", Department.class)
                .getResultList();
    }

    @Override
    public Optional<Department> findDepartment(String code) {
        return Optional.ofNullable(em.find(Department.class, code));
    }

    @Override
    public void addDepartment(Department department) {
        em.persist(department);
    }
}
