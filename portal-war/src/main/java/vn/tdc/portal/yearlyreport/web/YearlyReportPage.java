package vn.tdc.portal.yearlyreport.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.yearlyreport.application.YearlyReportService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The officers' page {@code /quan-tri/bao-cao-nam}: the units the caller may report on (its own first, so that the
 * form starts on it) and the years (this one first). The form itself is a plain GET of the document's address.
 */
@Named
@ViewScoped
public class YearlyReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YearlyReportService reports;

    private List<UnitView> units = List.of();
    private List<Integer> years = List.of();

    @PostConstruct
    void load() {
        String own = reports.defaultUnitCode();
        List<UnitView> ordered = new ArrayList<>();
        List<UnitView> reportable = reports.reportableUnits();
        reportable.stream().filter(u -> u.code().equals(own)).forEach(ordered::add);
        reportable.stream().filter(u -> !u.code().equals(own)).forEach(ordered::add);
        units = List.copyOf(ordered);
        years = reports.years();
    }

    /** The wards and provinces the caller may report on, its own first. */
    public List<UnitView> getUnits() {
        return units;
    }

    /** The years a report can be made for, this year first. */
    public List<Integer> getYears() {
        return years;
    }
}
