package vn.tdc.portal.yearlyreport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdc.portal.document.application.DocumentCatalog;
import vn.tdc.portal.document.application.DocumentDetail;
import vn.tdc.portal.document.application.DocumentFilter;
import vn.tdc.portal.document.application.DocumentSummary;
import vn.tdc.portal.document.application.SectionView;
import vn.tdc.portal.yearlyreport.domain.PlanTask;
import vn.tdc.portal.yearlyreport.domain.TaskEvidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tasks a unit's yearly report accounts for. Rule: the tasks are the items of the part "NHIỆM VỤ …" (nhiệm vụ và
 * giải pháp) of the unit's own plan in the document library (a {@code Kế hoạch} whose {@code unit} is the unit's
 * slug, the one that names the documents it carries out first); a unit without such a plan gets the generic list of
 * {@value #GENERIC}, the tasks every plan shares.
 */
@ApplicationScoped
public class PlanTasks {

    static final String GENERIC = "/vn/tdc/portal/yearlyreport/generic-tasks.txt";
    private static final String PLAN_KIND = "Kế hoạch";
    private static final String TASKS_PART = "nhiem vu";

    @Inject
    DocumentCatalog catalog;

    /** The unit's plan and its tasks, or no plan and the generic tasks. */
    public Tasks of(String unitSlug) {
        Optional<DocumentSummary> plan = catalog.list(DocumentFilter.NONE).stream()
                .filter(document -> document.unit().equals(unitSlug) && document.kind().equals(PLAN_KIND))
                .min(Comparator.comparing(document -> document.basis().isEmpty()));
        Optional<DocumentDetail> detail = plan.flatMap(summary -> catalog.find(summary.id()));
        List<PlanTask> tasks = detail.map(d -> tasksOf(d.sections())).orElse(List.of());
        if (tasks.isEmpty()) {
            return new Tasks(null, generic());
        }
        DocumentSummary summary = detail.get().summary();
        return new Tasks(summary.title(), tasks);
    }

    /** The level-1 items of the first part whose heading names the tasks (nhiệm vụ), in the plan's order. */
    static List<PlanTask> tasksOf(List<SectionView> sections) {
        List<PlanTask> tasks = new ArrayList<>();
        boolean inTasks = false;
        for (SectionView section : sections) {
            if (section.level() == 0) {
                if (inTasks) {
                    break;
                }
                inTasks = "PART".equals(section.kind())
                        && TaskEvidence.fold(section.heading()).contains(TASKS_PART);
            } else if (inTasks && section.level() == 1 && "ITEM".equals(section.kind())
                    && section.heading() != null && !section.heading().isBlank()) {
                tasks.add(PlanTask.of(section.number(), section.heading().strip()));
            }
        }
        return tasks;
    }

    static List<PlanTask> generic() {
        List<PlanTask> tasks = new ArrayList<>();
        try (InputStream in = PlanTasks.class.getResourceAsStream(GENERIC)) {
            if (in == null) {
                throw new IllegalStateException(GENERIC + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    tasks.add(PlanTask.of(Integer.toString(tasks.size() + 1), line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tasks);
    }

    /** A plan's title ({@code null} for the generic list) and its tasks. */
    public record Tasks(String planTitle, List<PlanTask> tasks) {

        public Tasks {
            tasks = List.copyOf(tasks);
        }
    }
}
