package vn.tdc.portal.unit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.unit.application.UnitAdministration;
import vn.tdc.portal.unit.application.UnitDirectory;
import vn.tdc.portal.unit.application.UnitForm;
import vn.tdc.portal.unit.application.UnitView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The platform administrator's units page ({@code /quan-tri/don-vi}; others are refused by
 * {@link PlatformAdministrationFilter}): every unit, a form to add one or describe one again, and the CSV import. The
 * page also holds the wards' department lists, a section of its own ({@code report.web.WardDepartmentsSection}).
 */
@Named
@ViewScoped
public class UnitAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "unit";
    /** The largest CSV accepted, as on the API. */
    public static final int IMPORT_MAX_BYTES = 1024 * 1024;

    @Inject
    UnitDirectory directory;

    @Inject
    UnitAdministration administration;

    private List<UnitView> units;
    private String editingCode;
    /** What the form shows and the view binds ({@code #{unitAdminPage.form.name}}). */
    private UnitForm form = newForm();

    @PostConstruct
    void load() {
        units = directory.all();
    }

    public void edit(UnitView unit) {
        editingCode = unit.code();
        form = newForm();
        form.setCode(unit.code());
        form.setSlug(unit.slug());
        form.setName(unit.name());
        form.setKind(unit.kind());
        form.setParentCode(directory.parentOf(unit).map(UnitView::code).orElse(null));
        form.setAddress(unit.address());
        form.setHotline(unit.hotline());
        form.setEmail(unit.email());
        form.setWorkingHours(unit.workingHours());
        form.setLatitude(decimal(unit.latitude()));
        form.setLongitude(decimal(unit.longitude()));
        form.setRadiusKm(decimal(unit.radiusKm()));
    }

    public void cancelEdit() {
        editingCode = null;
        form = newForm();
    }

    public void save() {
        try {
            if (form.getEmail() != null && form.getEmail().isBlank()) {
                form.setEmail(null);
            }
            UnitView saved = editingCode == null ? administration.create(form)
                    : administration.update(editingCode, form);
            ProblemMessages.info(null, Messages.format("units.page.saved", saved.name()));
            cancelEdit();
            load();
        } catch (ProblemException e) {
            ProblemMessages.showAtInputs(e, FORM + ":fields")
                    .forEach(problem -> ProblemMessages.error(null, problem.message()));
            ProblemMessages.error(null, e.getMessage());
        }
    }

    /** Imports the uploaded CSV: all its units or, when a line is wrong, none, with every line's problem. */
    public void importCsv(FileUploadEvent event) {
        try {
            byte[] bytes = event.getFile().getContent();
            if (bytes.length > IMPORT_MAX_BYTES) {
                throw ProblemException.of(ProblemKind.TOO_LARGE, "units.import.too_large", IMPORT_MAX_BYTES / 1024);
            }
            int added = administration.importCsv(utf8(bytes));
            ProblemMessages.info(null, Messages.format("units.page.imported", added));
            load();
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
            for (FieldProblem problem : e.fields()) {
                ProblemMessages.error(null, problem.field() + ": " + problem.message());
            }
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "units.import.encoding");
        }
    }

    /** An empty form; a new unit is a ward ({@code phuong}) unless the administrator picks another kind. */
    private static UnitForm newForm() {
        UnitForm empty = new UnitForm();
        empty.setKind("phuong");
        return empty;
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    public int getMaxImportBytes() {
        return IMPORT_MAX_BYTES;
    }

    /** The provinces a new ward may belong to. */
    public List<UnitView> getProvinces() {
        return directory.provinces();
    }

    public List<String> getKinds() {
        return List.of("tinh", "thanh-pho", "phuong", "xa", "dac-khu");
    }

    public String parentName(UnitView unit) {
        return directory.parentOf(unit).map(UnitView::name).orElse("");
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public boolean isEditing() {
        return editingCode != null;
    }

    public UnitForm getForm() {
        return form;
    }
}
