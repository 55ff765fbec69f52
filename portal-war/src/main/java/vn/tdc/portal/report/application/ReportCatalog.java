package vn.tdc.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tdc.portal.platform.cluster.CacheInvalidated;
import vn.tdc.portal.platform.cluster.CacheInvalidations;
import vn.tdc.portal.platform.cluster.SharedCache;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.knowledge.search.analysis.Slug;
import vn.tdc.portal.platform.codelist.CodeListEntry;
import vn.tdc.portal.report.domain.Department;
import vn.tdc.portal.report.domain.ReportCatalogRepository;
import vn.tdc.portal.report.domain.ReportKind;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of report and the departments: read by every form and API, edited by an ADMIN. */
@ApplicationScoped
public class ReportCatalog {

    private static final Type ATTRIBUTE_LIST = new ArrayList<KindAttribute>() { }.getClass().getGenericSuperclass();
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Duration FRESHNESS = Duration.ofSeconds(30);

    @Inject
    ReportCatalogRepository repository;

    @Inject
    CacheInvalidations invalidations;

    private volatile Snapshot snapshot;

    void changedOnAnotherNode(@Observes CacheInvalidated invalidated) {
        if (invalidated.concerns(SharedCache.REPORT_CATALOG)) {
            snapshot = null;
        }
    }

    public List<ReportKindView> kinds() {
        return snapshot().kinds();
    }

    public List<ReportKindView> activeKinds() {
        return kinds().stream().filter(ReportKindView::active).toList();
    }

    public Optional<ReportKindView> kind(String code) {
        return snapshot().kinds().stream().filter(kind -> kind.code().equals(code)).findFirst();
    }

    public List<DepartmentView> departments() {
        return snapshot().departments();
    }

    public Optional<DepartmentView> department(String code) {
        return snapshot().departments().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * Every submission reads its kind, so the catalog is read from the database at most every {@link #FRESHNESS}
     * (and at once after an edit on this instance); other instances see an edit within that time.
     */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > FRESHNESS.toNanos()) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        List<Department> departments = repository.departments();
        Map<String, Department> byCode = departments.stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        return new Snapshot(
                repository.kinds().stream().map(kind -> view(kind, byCode.get(kind.departmentCode()))).toList(),
                departments.stream().map(d -> new DepartmentView(d.code(), d.name(), d.active(), d.sortOrder())).toList(),
                System.nanoTime());
    }

    /** The kinds and departments as read at {@code loadedAt} ({@link System#nanoTime()}). */
    private record Snapshot(List<ReportKindView> kinds, List<DepartmentView> departments, long loadedAt) {
    }

    /** Creates or edits a kind; its code cannot change once created (it is the Open311 service code). */
    @Transactional
    public ReportKindView saveKind(ReportKindView form) {
        List<FieldProblem> problems = new ArrayList<>();
        requireCode(form.code(), problems);
        requireText("name", form.name(), 200, problems);
        if (form.description() != null && form.description().length() > 1000) {
            problems.add(FieldProblem.of("description", "report.admin.too_long", 1000));
        }
        if (form.dueWorkingDays() < 1 || form.dueWorkingDays() > 90) {
            problems.add(FieldProblem.of("dueWorkingDays", "report.admin.due_days"));
        }
        if (form.departmentCode() == null || form.departmentCode().isBlank()
                || repository.findDepartment(form.departmentCode()).isEmpty()) {
            problems.add(FieldProblem.of("departmentCode", "report.admin.unknown_department"));
        }
        List<KindAttribute> attributes = form.attributes() == null ? List.of() : form.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            KindAttribute attribute = attributes.get(i);
            if (attribute == null || attribute.code() == null || !Slug.isWellFormed(attribute.code())
                    || attribute.label() == null || attribute.label().isBlank()
                    || !List.of("string", "number", "text").contains(attribute.datatype())) {
                problems.add(FieldProblem.of("attributes[" + i + "]", "report.admin.attribute_invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("api.error.validation_failed", problems);
        }
        String json = JSON.toJson(attributes);
        String description = form.description() == null ? "" : form.description().strip();
        String keywords = form.keywords() == null ? "" : form.keywords().strip();
        Optional<ReportKind> existing = repository.findKind(form.code());
        if (existing.isPresent()) {
            existing.get().edit(form.name().strip(), description, keywords, json, form.departmentCode(),
                    form.dueWorkingDays(), form.active(), form.sortOrder());
        } else {
            repository.addKind(new ReportKind(form.code(), form.name().strip(), description, keywords, json,
                    form.departmentCode(), form.dueWorkingDays(), form.active(), form.sortOrder()));
        }
        snapshot = null;
        invalidations.publish(SharedCache.REPORT_CATALOG);
        return load().kinds().stream().filter(k -> k.code().equals(form.code())).findFirst().orElseThrow();
    }

    /** Creates or edits a department; an inactive one is no longer offered for routing. */
    @Transactional
    public DepartmentView saveDepartment(DepartmentView form) {
        List<FieldProblem> problems = new ArrayList<>();
        requireCode(form.code(), problems);
        requireText("name", form.name(), 200, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("api.error.validation_failed", problems);
        }
        Optional<Department> existing = repository.findDepartment(form.code());
        if (existing.isPresent()) {
            existing.get().edit(form.name().strip(), form.active(), form.sortOrder());
        } else {
            Department department = new Department(form.code(), form.name().strip(), form.sortOrder());
            department.edit(form.name().strip(), form.active(), form.sortOrder());
            repository.addDepartment(department);
        }
        snapshot = null;
        invalidations.publish(SharedCache.REPORT_CATALOG);
        return load().departments().stream().filter(d -> d.code().equals(form.code())).findFirst().orElseThrow();
    }

    private static void requireCode(String code, List<FieldProblem> problems) {
        if (!CodeListEntry.isValidCode(code)) {
            problems.add(FieldProblem.of("code", "report.admin.code_invalid"));
        }
    }

    private static void requireText(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "report.admin.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "report.admin.too_long", max));
        }
    }

    static List<KindAttribute> attributes(String json) {
        try {
            List<KindAttribute> parsed = JSON.fromJson(json, ATTRIBUTE_LIST);
            return parsed == null ? List.of() : List.copyOf(parsed);
        } catch (JsonbException e) {
            throw new IllegalStateException("report_kind.attributes is not a JSON attribute list: " + json, e);
        }
    }

    private static ReportKindView view(ReportKind kind, Department department) {
        return new ReportKindView(kind.code(), kind.name(), kind.description(), kind.keywords(), kind.departmentCode(),
                department == null ? kind.departmentCode() : department.name(), kind.dueWorkingDays(), kind.active(),
                kind.sortOrder(), attributes(kind.attributesJson()));
    }
}
