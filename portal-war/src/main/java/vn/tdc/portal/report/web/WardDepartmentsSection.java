package vn.tdc.portal.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.report.application.WardDepartmentList;
import vn.tdc.portal.report.application.WardDepartmentService;
import vn.tdc.portal.report.application.WardDepartments;
import vn.tdc.portal.unit.application.UnitView;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section that edits a ward's department list (on {@code /quan-tri/don-vi} for platform administrators and on
 * {@code /quan-tri/phong-ban} for every administrator): the wards of the caller's scope, and for the chosen one every
 * catalogue department with whether the ward has it, its contacts and its place.
 */
@Named
@ViewScoped
public class WardDepartmentsSection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW = Pattern.compile("departments\\[(\\d+)]\\.?(.*)");

    @Inject
    WardDepartments departments;

    @Inject
    WardDepartmentService service;

    private List<UnitView> wards;
    private String wardCode;
    private List<WardDepartmentRow> rows = List.of();

    @PostConstruct
    void load() {
        wards = departments.editableWards();
        if (!wards.isEmpty()) {
            wardCode = wards.get(0).code();
            choose();
        }
    }

    /** Shows the chosen ward's list. */
    public void choose() {
        try {
            rows = departments.editableListOf(wardCode).stream().map(WardDepartmentRow::new).toList();
        } catch (ProblemException e) {
            rows = List.of();
            ProblemMessages.error(null, e.getMessage());
        }
    }

    public void save() {
        try {
            rows = service.replace(wardCode, new WardDepartmentList(rows.stream().map(WardDepartmentRow::entry)
                    .toList())).stream().map(WardDepartmentRow::new).toList();
            ProblemMessages.info(null, Messages.format("wardDepartments.page.saved", wardName()));
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
            e.fields().forEach(problem -> ProblemMessages.error(null, lineOf(problem)));
        }
    }

    /** "Phòng Kinh tế – Thư điện tử: …": the problem of one line named by its department. */
    private String lineOf(FieldProblem problem) {
        Matcher row = ROW.matcher(problem.field() == null ? "" : problem.field());
        if (!row.matches() || Integer.parseInt(row.group(1)) >= rows.size()) {
            return problem.message();
        }
        String department = rows.get(Integer.parseInt(row.group(1))).getName();
        String column = row.group(2).isEmpty() ? "" : Messages.get("wardDepartments.page." + row.group(2)) + ": ";
        return department + " – " + column + problem.message();
    }

    private String wardName() {
        return wards.stream().filter(w -> w.code().equals(wardCode)).map(UnitView::fullName).findFirst()
                .orElse(wardCode);
    }

    public List<UnitView> getWards() {
        return wards;
    }

    public String getWardCode() {
        return wardCode;
    }

    public void setWardCode(String wardCode) {
        this.wardCode = wardCode;
    }

    public List<WardDepartmentRow> getRows() {
        return rows;
    }
}
