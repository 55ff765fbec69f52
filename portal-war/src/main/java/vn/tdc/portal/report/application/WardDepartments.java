package vn.tdc.portal.report.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.report.domain.DepartmentRouting;
import vn.tdc.portal.report.domain.WardDepartment;
import vn.tdc.portal.report.domain.WardDepartmentRepository;
import vn.tdc.portal.unit.application.CallerScopes;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.unit.domain.UnitScope;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The departments of each ward: what residents see of them, where a ward's reports may be routed and what its
 * administrators edit. A department counts as a ward's when the ward has it active and the catalogue still offers
 * it. A ward's active list is kept {@value #KEEP_SECONDS} s (forgotten when a change on this node commits).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WardDepartments {

    static final int KEEP_SECONDS = 30;
    /** About what one department of a ward holds in memory. */
    private static final int BYTES_PER_DEPARTMENT = 400;

    @Inject
    WardDepartmentRepository repository;

    @Inject
    ReportCatalog catalog;

    @Inject
    UnitDirectory units;

    @Inject
    CallerScopes scopes;

    @Inject
    CacheInvalidations invalidations;

    private final Cache<Long, List<WardDepartmentView>> activeByUnit = Caffeine.newBuilder()
            .maximumWeight(8L * 1024 * 1024)
            .weigher((Long unit, List<WardDepartmentView> list) -> BYTES_PER_DEPARTMENT * (1 + list.size()))
            .expireAfterWrite(Duration.ofSeconds(KEEP_SECONDS))
            .build();

    /** The active departments of the active unit {@code unitCode} (empty for a province); 404 for no such unit. */
    public List<WardDepartmentView> publicListOf(String unitCode) {
        UnitView unit = units.byCode(unitCode).filter(UnitView::active).orElseThrow(() -> notFound(unitCode));
        return activeOf(unit.id());
    }

    /** The unit's active departments in the ward's order; empty for a unit that is not a ward. */
    public List<WardDepartmentView> activeOf(long unitId) {
        return activeByUnit.get(unitId, this::readActive);
    }

    private List<WardDepartmentView> readActive(long unitId) {
        if (units.byId(unitId).filter(UnitView::isWard).isEmpty()) {
            return List.of();
        }
        Map<String, DepartmentView> offered = catalog.departments().stream().filter(DepartmentView::active)
                .collect(Collectors.toMap(DepartmentView::code, Function.identity()));
        return repository.ofUnit(unitId).stream().filter(WardDepartment::active)
                .filter(d -> offered.containsKey(d.departmentCode()))
                .map(d -> view(d, offered.get(d.departmentCode()).name()))
                .toList();
    }

    /** Where the reports of unit {@code unitId} may go. */
    public DepartmentRouting routingOf(long unitId) {
        if (units.byId(unitId).filter(UnitView::isWard).isEmpty()) {
            return DepartmentRouting.catalogue();
        }
        return new DepartmentRouting(true, activeOf(unitId).stream().map(WardDepartmentView::departmentCode).toList());
    }

    /**
     * The departments an officer may hand a report of unit {@code unitCode} to: the ward's active ones, or the
     * catalogue's for a province.
     */
    public List<DepartmentView> choicesFor(String unitCode) {
        Optional<UnitView> ward = units.byCode(unitCode).filter(UnitView::isWard);
        if (ward.isEmpty()) {
            return catalog.departments().stream().filter(DepartmentView::active).toList();
        }
        return activeOf(ward.get().id()).stream()
                .map(d -> new DepartmentView(d.departmentCode(), d.name(), true, d.sortOrder())).toList();
    }

    /**
     * A ward's list as its administrator edits it: every active catalogue department and any other the ward still
     * has, with the ward's settings (a department the ward lacks is inactive, in the catalogue's place). The ward
     * must be active and within the caller's scope (404 otherwise, as if it did not exist).
     */
    public List<WardDepartmentView> editableListOf(String unitCode) {
        UnitView ward = editableWard(unitCode);
        Map<String, WardDepartment> own = repository.ofUnit(ward.id()).stream()
                .collect(Collectors.toMap(WardDepartment::departmentCode, Function.identity()));
        return catalog.departments().stream()
                .filter(d -> d.active() || own.containsKey(d.code()))
                .map(d -> Optional.ofNullable(own.get(d.code())).map(w -> view(w, d.name()))
                        .orElseGet(() -> new WardDepartmentView(d.code(), d.name(), null, null, false, d.sortOrder())))
                .sorted(Comparator.comparingInt(WardDepartmentView::sortOrder)
                        .thenComparing(WardDepartmentView::departmentCode))
                .toList();
    }

    /** The wards whose lists the caller may edit: the active wards within its scope. */
    public List<UnitView> editableWards() {
        UnitScope scope = scopes.current();
        return units.wards().stream().filter(ward -> scope.covers(ward.path())).toList();
    }

    /**
     * The active unit {@code unitCode} within the caller's scope (404 otherwise), which must be a ward (400: a
     * province has no department list of its own).
     */
    UnitView editableWard(String unitCode) {
        UnitScope scope = scopes.current();
        UnitView unit = units.byCode(unitCode).filter(UnitView::active).filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> notFound(unitCode));
        if (!unit.isWard()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "wardDepartments.error.not_a_ward", unit.name());
        }
        return unit;
    }

    /** Forgets the kept list of a ward once its change has committed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) WardDepartmentsChanged change) {
        activeByUnit.invalidate(change.unitId());
        invalidations.publish(SharedCache.WARD_DEPARTMENTS, Long.toString(change.unitId()));
    }

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.WARD_DEPARTMENTS)) {
            invalidated.key().map(Long::valueOf).ifPresentOrElse(activeByUnit::invalidate, activeByUnit::invalidateAll);
        }
    }

    private static WardDepartmentView view(WardDepartment department, String name) {
        return new WardDepartmentView(department.departmentCode(), name, department.contactEmail(),
                department.contactPhone(), department.active(), department.sortOrder());
    }

    private static ProblemException notFound(String unitCode) {
        return ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found", unitCode);
    }
}
