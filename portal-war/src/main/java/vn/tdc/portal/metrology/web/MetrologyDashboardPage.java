package vn.tdc.portal.metrology.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.metrology.application.DashboardViews.Dashboard;
import vn.tdc.portal.metrology.application.FindingForm;
import vn.tdc.portal.metrology.application.InspectionForm;
import vn.tdc.portal.metrology.application.InspectionService;
import vn.tdc.portal.metrology.application.InspectionView;
import vn.tdc.portal.metrology.application.InstrumentView;
import vn.tdc.portal.metrology.application.MetrologyDashboardService;
import vn.tdc.portal.metrology.application.MetrologyRegister;
import vn.tdc.portal.metrology.application.PlaceView;
import vn.tdc.portal.metrology.application.RegisterQuery;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.unit.application.UnitView;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The officers' metrology dashboard ({@code /quan-tri/phuong-tien-do/tong-quan}): the figures of their wards for a
 * year, and a form to record an inspection with its findings.
 */
@Named
@ViewScoped
public class MetrologyDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int YEARS_BACK = 5;
    private static final int INSTRUMENTS_OFFERED = 200;

    @Inject
    MetrologyDashboardService dashboards;

    @Inject
    InspectionService inspections;

    @Inject
    MetrologyRegister register;

    private int year;
    private Dashboard dashboard;
    private List<UnitView> wards = List.of();
    private String wardCode;
    private List<PlaceView> places = List.of();
    private List<InstrumentView> instruments = List.of();
    private InspectionForm form;
    private List<InspectionView> recent = List.of();

    @PostConstruct
    void load() {
        year = PortalTime.today().getYear();
        wards = register.wards();
        wardCode = wards.isEmpty() ? null : wards.get(0).code();
        newForm();
        show();
        chooseWard();
    }

    /** Shows the dashboard of the chosen year. */
    public void show() {
        try {
            dashboard = dashboards.dashboard(null, year);
            recent = inspections.list(null, year, 1, 20).items();
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
        }
    }

    /** Offers the places and instruments of the ward chosen in the form. */
    public void chooseWard() {
        if (wardCode == null) {
            places = List.of();
            instruments = List.of();
            return;
        }
        places = register.places(wardCode);
        instruments = register.instruments(new RegisterQuery(wardCode, null, null, null, null, null), 1,
                INSTRUMENTS_OFFERED).items();
    }

    public void addFinding() {
        form.getFindings().add(new FindingForm());
    }

    public void removeFinding(int index) {
        if (index >= 0 && index < form.getFindings().size() && form.getFindings().size() > 1) {
            form.getFindings().remove(index);
        }
    }

    public void record() {
        form.setUnitCode(wardCode);
        try {
            InspectionView recorded = inspections.record(form, FacesContext.getCurrentInstance().getExternalContext()
                    .getRemoteUser());
            ProblemMessages.info(null, Messages.format("metrologyDashboard.recorded", DAY.format(recorded.heldOn()),
                    recorded.findings().size()));
            newForm();
            show();
            chooseWard();
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
            e.fields().forEach(problem -> ProblemMessages.error(null, lineOf(problem.field(), problem.message())));
        }
    }

    /** "Kết quả 2 – Địa điểm: …": a problem named by its row and column. */
    private static String lineOf(String field, String message) {
        if (field == null) {
            return message;
        }
        var row = java.util.regex.Pattern.compile("findings\\[(\\d+)]\\.?(.*)").matcher(field);
        if (row.matches()) {
            String column = row.group(2).isEmpty() ? "" : label(row.group(2)) + ": ";
            return Messages.format("metrologyDashboard.form.row", Integer.parseInt(row.group(1)) + 1) + " – "
                    + column + message;
        }
        return label(field) + ": " + message;
    }

    /** The form's label of a field, or the field's name when it has none. */
    private static String label(String field) {
        try {
            return Messages.get("metrologyDashboard.form." + field);
        } catch (java.util.MissingResourceException e) {
            return field;
        }
    }

    private void newForm() {
        form = new InspectionForm();
        form.setHeldOn(PortalTime.today());
        form.setFindings(new ArrayList<>(List.of(new FindingForm())));
    }

    /** A day as people write it: 04/12/2026; a dash for none. */
    public String day(LocalDate day) {
        return day == null ? Messages.get("metrologyDashboard.never") : DAY.format(day);
    }

    public List<Integer> getYears() {
        int now = PortalTime.today().getYear();
        return IntStream.rangeClosed(0, YEARS_BACK).map(i -> now - i).boxed().toList();
    }

    public LocalDate getToday() {
        return PortalTime.today();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<UnitView> getWards() {
        return wards;
    }

    public boolean isSeveralWards() {
        return wards.size() > 1;
    }

    public String getWardCode() {
        return wardCode;
    }

    public void setWardCode(String wardCode) {
        this.wardCode = wardCode;
    }

    public List<PlaceView> getPlaces() {
        return places;
    }

    public List<InstrumentView> getInstruments() {
        return instruments;
    }

    public InspectionForm getForm() {
        return form;
    }

    public List<InspectionView> getRecent() {
        return recent;
    }
}
