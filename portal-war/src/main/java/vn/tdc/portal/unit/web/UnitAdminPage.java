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
    transient UnitDirectory directory;

    @Inject
    transient UnitAdministration administration;

    private List<UnitView> units;
    private String editingCode;
    private String code;
    private String slug;
    private String name;
    private String kind = "phuong";
    private String parentCode;
    private String address;
    private String hotline;
    private String email;
    private String workingHours;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal radiusKm;

    @PostConstruct
    void load() {
        units = directory.all();
    }

    public void edit(UnitView unit) {
        editingCode = unit.code();
        code = unit.code();
        slug = unit.slug();
        name = unit.name();
        kind = unit.kind();
        parentCode = directory.parentOf(unit).map(UnitView::code).orElse(null);
        address = unit.address();
        hotline = unit.hotline();
        email = unit.email();
        workingHours = unit.workingHours();
        latitude = decimal(unit.latitude());
        longitude = decimal(unit.longitude());
        radiusKm = decimal(unit.radiusKm());
    }

    public void cancelEdit() {
        editingCode = null;
        code = null;
        slug = null;
        name = null;
        kind = "phuong";
        parentCode = null;
        address = null;
        hotline = null;
        email = null;
        workingHours = null;
        latitude = null;
        longitude = null;
        radiusKm = null;
    }

    public void save() {
        try {
            UnitView saved = editingCode == null ? administration.create(form())
                    : administration.update(editingCode, form());
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

    private UnitForm form() {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setSlug(slug);
        form.setName(name);
        form.setKind(kind);
        form.setParentCode(parentCode);
        form.setAddress(address);
        form.setHotline(hotline);
        form.setEmail(email == null || email.isBlank() ? null : email);
        form.setWorkingHours(workingHours);
        form.setLatitude(latitude);
        form.setLongitude(longitude);
        form.setRadiusKm(radiusKm);
        return form;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public BigDecimal getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(BigDecimal radiusKm) {
        this.radiusKm = radiusKm;
    }
}
