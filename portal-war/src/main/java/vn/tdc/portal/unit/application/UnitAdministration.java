package vn.tdc.portal.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.knowledge.search.analysis.VietnameseFolding;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.problem.ProblemValidator;
import vn.tdc.portal.unit.domain.AdministrativeUnit;
import vn.tdc.portal.unit.domain.UnitLevel;
import vn.tdc.portal.unit.domain.UnitRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform administrators' upkeep of the units (the web layer lets only them in): adding one, describing it
 * again, importing many from a CSV. Codes and slugs are unique (409 on a taken one); a unit's path is its parent's
 * path and its slug, so a province hangs under the root and a ward under a province. A unit's code, slug, kind and
 * parent are fixed once it exists (its path, and so every account's and row's scope, depends on them). Every change
 * refreshes the {@link UnitDirectory} of this node; a new ward is announced ({@link WardAdded}: it gets the active
 * department catalogue as its list).
 */
@ApplicationScoped
@Transactional
public class UnitAdministration {

    /** First segments of the portal's own pages: a unit's pages cannot take them. */
    static final Set<String> RESERVED_SLUGS = Set.of("api", "quan-tri", "tin-tuc", "van-ban", "phan-anh", "tra-cuu",
            "thong-ke", "dang-nhap", "dang-xuat", "hoi-dap", "tim-kiem", "loi", "open311", "feed", "resources",
            "sitemap", "robots", "don-vi", "toan-quoc");

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    @Inject
    ProblemValidator validator;

    @Inject
    Event<WardAdded> wardAdded;

    public UnitView create(UnitForm form) {
        validator.valid(form, "units.error.invalid");
        List<FieldProblem> problems = new ArrayList<>();
        AdministrativeUnit parent = parentOf(form, problems, Map.of(), "parentCode");
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("units.error.invalid", problems);
        }
        List<FieldProblem> taken = taken(form, "code", "slug");
        if (!taken.isEmpty()) {
            throw new ProblemException(ProblemKind.CONFLICT, "units.error.taken", List.of(), taken);
        }
        AdministrativeUnit unit = newUnit(form, parent);
        add(unit);
        directory.refresh();
        return view(unit.code());
    }

    public UnitView update(String code, UnitForm form) {
        AdministrativeUnit unit = units.findByCode(code).orElseThrow(() ->
                ProblemException.of(ProblemKind.NOT_FOUND, "units.error.not_found", code));
        form.setCode(unit.code());
        validator.valid(form, "units.error.invalid");
        List<FieldProblem> fixed = new ArrayList<>();
        if (!unit.slug().equals(form.getSlug())) {
            fixed.add(FieldProblem.of("slug", "units.error.fixed"));
        }
        if (!unit.kind().equals(form.getKind())) {
            fixed.add(FieldProblem.of("kind", "units.error.fixed"));
        }
        String parentCode = unit.parentId() == null ? null
                : units.findById(unit.parentId()).map(AdministrativeUnit::code).orElse(null);
        if (unit.level() == UnitLevel.XA && form.getParentCode() != null && !form.getParentCode().isBlank()
                && !form.getParentCode().strip().equalsIgnoreCase(parentCode)) {
            fixed.add(FieldProblem.of("parentCode", "units.error.fixed"));
        }
        if (!fixed.isEmpty()) {
            throw new ProblemException(ProblemKind.CONFLICT, "units.error.invalid", List.of(), fixed);
        }
        describe(unit, form);
        directory.refresh();
        return view(unit.code());
    }

    /**
     * Adds every unit of the file in one transaction, in the file's order (a ward may name a province of an earlier
     * line). Every line is checked first; one wrong line and nothing is saved: the problems of all lines are the
     * answer (400).
     *
     * @return how many units were added
     */
    public int importCsv(String text) {
        UnitCsv.Parsed parsed = UnitCsv.parse(text);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, UnitForm> provincesOfFile = new HashMap<>();
        Set<String> codes = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (UnitCsv.Row row : parsed.rows()) {
            UnitForm form = row.unit();
            int before = problems.size();
            validator.problems(form).forEach(p -> problems.add(p.at(UnitCsv.field(row.line(),
                    UnitCsv.COLUMN_OF_PROPERTY.getOrDefault(p.field(), p.field())))));
            if (problems.size() > before || form.getCode() == null || form.getSlug() == null) {
                continue;
            }
            parentOf(form, problems, provincesOfFile, UnitCsv.field(row.line(), "province_code"));
            taken(form, UnitCsv.field(row.line(), "code"), UnitCsv.field(row.line(), "slug")).forEach(problems::add);
            if (!codes.add(form.getCode().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of(UnitCsv.field(row.line(), "code"), "units.import.repeated", form.getCode()));
            }
            if (!slugs.add(form.getSlug())) {
                problems.add(FieldProblem.of(UnitCsv.field(row.line(), "slug"), "units.import.repeated", form.getSlug()));
            }
            if (UnitLevel.ofKind(form.getKind()) == UnitLevel.TINH) {
                provincesOfFile.put(form.getCode().toLowerCase(Locale.ROOT), form);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("units.import.invalid", problems);
        }
        Map<String, AdministrativeUnit> added = new HashMap<>();
        for (UnitCsv.Row row : parsed.rows()) {
            UnitForm form = row.unit();
            AdministrativeUnit parent = UnitLevel.ofKind(form.getKind()) == UnitLevel.TINH ? root()
                    : Optional.ofNullable(added.get(form.getParentCode().strip().toLowerCase(Locale.ROOT)))
                    .or(() -> units.findByCode(form.getParentCode().strip()))
                    .orElseThrow(() -> new IllegalStateException("Checked parent vanished: " + form.getParentCode()));
            AdministrativeUnit unit = newUnit(form, parent);
            add(unit);
            added.put(unit.code().toLowerCase(Locale.ROOT), unit);
        }
        directory.refresh();
        return added.size();
    }

    /**
     * A province's parent is the root; a ward's is the province named by {@code parentCode} (in the database or, for
     * an import, on an earlier line). Adds a problem under {@code field} when there is none.
     */
    private AdministrativeUnit parentOf(UnitForm form, List<FieldProblem> problems,
                                        Map<String, UnitForm> provincesOfFile, String field) {
        if (UnitLevel.ofKind(form.getKind()) == UnitLevel.TINH) {
            return root();
        }
        String code = form.getParentCode() == null ? "" : form.getParentCode().strip();
        if (code.isEmpty()) {
            problems.add(FieldProblem.of(field, "units.error.parent_required"));
            return null;
        }
        Optional<AdministrativeUnit> parent = units.findByCode(code).filter(p -> p.level() == UnitLevel.TINH);
        if (parent.isEmpty() && !provincesOfFile.containsKey(code.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "units.error.parent_unknown", code));
        }
        return parent.orElse(null);
    }

    private List<FieldProblem> taken(UnitForm form, String codeField, String slugField) {
        List<FieldProblem> problems = new ArrayList<>();
        if (directory.byCode(form.getCode()).isPresent() || units.findByCode(form.getCode().strip()).isPresent()) {
            problems.add(FieldProblem.of(codeField, "units.error.code_taken", form.getCode()));
        }
        if (RESERVED_SLUGS.contains(form.getSlug()) || units.findBySlug(form.getSlug()).isPresent()) {
            problems.add(FieldProblem.of(slugField, "units.error.slug_taken", form.getSlug()));
        }
        return problems;
    }

    /** Stores the unit; a ward is announced ({@link WardAdded}) so that it gets what every ward has. */
    private void add(AdministrativeUnit unit) {
        units.add(unit);
        if (unit.level() == UnitLevel.XA) {
            wardAdded.fire(new WardAdded(unit.id()));
        }
    }

    private AdministrativeUnit root() {
        return units.findById(directory.root().id()).orElseThrow();
    }

    private static AdministrativeUnit newUnit(UnitForm form, AdministrativeUnit parent) {
        AdministrativeUnit unit = new AdministrativeUnit(form.getCode().strip(), form.getSlug(), form.getName().strip(),
                UnitLevel.ofKind(form.getKind()), form.getKind(), parent, fold(form.getName()));
        describe(unit, form);
        return unit;
    }

    private static void describe(AdministrativeUnit unit, UnitForm form) {
        unit.describe(form.getName().strip(), fold(form.getName()), text(form.getAddress()), text(form.getHotline()),
                text(form.getEmail()), text(form.getWorkingHours()));
        unit.locate(form.getLatitude(), form.getLongitude(), form.getRadiusKm());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String fold(String name) {
        return VietnameseFolding.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private UnitView view(String code) {
        return directory.byCode(code).orElseThrow(() -> new IllegalStateException("Unit just saved is gone: " + code));
    }
}
