package vn.tdc.portal.metrology.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tdc.portal.metrology.application.ImportPreview;
import vn.tdc.portal.metrology.application.InstrumentForm;
import vn.tdc.portal.metrology.application.InstrumentTypeView;
import vn.tdc.portal.metrology.application.InstrumentView;
import vn.tdc.portal.metrology.application.MetrologyRegister;
import vn.tdc.portal.metrology.application.PlaceForm;
import vn.tdc.portal.metrology.application.PlaceView;
import vn.tdc.portal.metrology.application.RegisterImport;
import vn.tdc.portal.metrology.application.RegisterQuery;
import vn.tdc.portal.metrology.application.RegisterSpreadsheet;
import vn.tdc.portal.metrology.domain.PlaceKind;
import vn.tdc.portal.metrology.domain.VerificationState;
import vn.tdc.portal.platform.paging.Page;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.platform.web.ProblemMessages;
import vn.tdc.portal.unit.application.UnitView;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The officers' register ({@code /quan-tri/phuong-tien-do}, OFFICER and ADMIN): the instruments of the officer's
 * wards page by page with filters, forms to add or edit a place and an instrument, the spreadsheet import (a preview
 * of every row kept in this view until the officer confirms or cancels it; at most
 * {@value RegisterSpreadsheet#MAX_ROWS} rows), links to the exports, the import template and the QR labels.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":register:table";
    static final String API = "/api/officer/metrology";

    @Inject
    MetrologyRegister register;

    @Inject
    RegisterImport imports;

    private List<UnitView> wards;
    private List<InstrumentTypeView> types;
    private List<PlaceView> places;

    private String ward = "";
    private String place = "";
    private String type = "";
    private String state = "";
    private boolean referenceOnly;
    private String text = "";
    private final LazyDataModel<InstrumentView> model = new RegisterModel();

    private PlaceForm placeForm = new PlaceForm();
    private Long editingPlace;
    private InstrumentForm instrumentForm = new InstrumentForm();
    private Long editingInstrument;

    private String importWard = "";
    private ImportPreview preview;

    @PostConstruct
    void init() {
        wards = register.wards();
        types = register.types();
        if (wards.size() == 1) {
            ward = wards.get(0).code();
            importWard = ward;
        }
        loadPlaces();
    }

    private void loadPlaces() {
        places = register.places(wards.size() > 1 ? ward : "");
    }

    // ------------------------------------------------------------------------------------------------ filters

    public void filter() {
        loadPlaces();
        firstPage();
    }

    public void clear() {
        ward = wards.size() == 1 ? wards.get(0).code() : "";
        place = "";
        type = "";
        state = "";
        referenceOnly = false;
        text = "";
        filter();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    RegisterQuery query() {
        Long placeId = place == null || place.isBlank() ? null : Long.valueOf(place);
        return new RegisterQuery(blankToNull(ward), placeId, blankToNull(type), blankToNull(state),
                referenceOnly ? Boolean.TRUE : null, blankToNull(text));
    }

    /** The list's filters as a query string for the exports ({@code unit=…&type=…}). */
    String filterQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("unit", ward);
        parameters.put("place", place);
        parameters.put("type", type);
        parameters.put("state", state);
        parameters.put("reference", referenceOnly ? "true" : "");
        parameters.put("q", text);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String exportUrl(String format) {
        String query = filterQuery();
        return contextPath() + API + "/export." + format + (query.isEmpty() ? "" : "?" + query);
    }

    public String getTemplateUrl() {
        return contextPath() + API + "/import/mau.csv";
    }

    /** The QR labels of the chosen ward (the first one when several and none is chosen) and place, if any. */
    public String getLabelsUrl() {
        String unit = !ward.isBlank() ? ward : wards.isEmpty() ? "" : wards.get(0).code();
        return contextPath() + API + "/labels.pdf?unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                + "&place=" + (place == null ? "" : place);
    }

    // ----------------------------------------------------------------------------------------------- places

    public void editPlace(PlaceView view) {
        editingPlace = view.id();
        placeForm = new PlaceForm();
        placeForm.setUnitCode(view.unitCode());
        placeForm.setKind(view.kind());
        placeForm.setName(view.name());
        placeForm.setAddress(view.address());
        placeForm.setOwnerName(view.ownerName());
        placeForm.setLatitude(view.latitude());
        placeForm.setLongitude(view.longitude());
    }

    public void cancelPlace() {
        editingPlace = null;
        placeForm = new PlaceForm();
    }

    public void savePlace() {
        try {
            if (placeForm.getUnitCode() == null || placeForm.getUnitCode().isBlank()) {
                placeForm.setUnitCode(ward);
            }
            PlaceView saved = editingPlace == null ? register.addPlace(placeForm, officer())
                    : register.updatePlace(editingPlace, placeForm, officer());
            ProblemMessages.info(null, Messages.format("metrologyPage.place.saved", saved.name()));
            cancelPlace();
            loadPlaces();
        } catch (ProblemException e) {
            show(e, "placeEditor:placeFields");
        }
    }

    // ------------------------------------------------------------------------------------------ instruments

    public void editInstrument(InstrumentView view) {
        editingInstrument = view.id();
        instrumentForm = new InstrumentForm();
        instrumentForm.setPlaceId(view.placeId());
        instrumentForm.setTypeCode(view.typeCode());
        instrumentForm.setStall(view.stall());
        instrumentForm.setOwnerName(view.ownerName());
        instrumentForm.setSerialNo(view.serialNo());
        instrumentForm.setBrand(view.brand());
        instrumentForm.setVerifiedOn(view.verifiedOn());
        instrumentForm.setCertificateNo(view.certificateNo());
        instrumentForm.setVerificationPassed(view.verificationPassed());
        instrumentForm.setSuspended(view.suspended());
        instrumentForm.setReferenceScale(view.referenceScale());
        instrumentForm.setCapacity(view.capacity());
        instrumentForm.setOpeningHours(view.openingHours());
    }

    public void cancelInstrument() {
        editingInstrument = null;
        instrumentForm = new InstrumentForm();
    }

    public void saveInstrument() {
        try {
            InstrumentView saved = editingInstrument == null ? register.add(instrumentForm, officer())
                    : register.update(editingInstrument, instrumentForm, officer());
            ProblemMessages.info(null, Messages.format("metrologyPage.instrument.saved", saved.typeName(),
                    saved.serialNo(), saved.codeGrouped()));
            cancelInstrument();
        } catch (ProblemException e) {
            show(e, "instrumentEditor:instrumentFields");
        }
    }

    private static void show(ProblemException e, String area) {
        ProblemMessages.showAtInputs(e, area).forEach(problem -> ProblemMessages.error(null, problem.message()));
        ProblemMessages.error(null, e.getMessage());
    }

    // ----------------------------------------------------------------------------------------------- import

    /** Reads the uploaded spreadsheet into a preview; nothing is saved. */
    public void upload(FileUploadEvent event) {
        preview = null;
        try {
            preview = imports.preview(importWard, event.getFile().getContent(), event.getFile().getFileName());
            if (preview.rowsWithProblems() > 0) {
                ProblemMessages.error(null, Messages.format("metrologyPage.import.withProblems",
                        preview.rowsWithProblems()));
            } else {
                ProblemMessages.info(null, Messages.format("metrologyPage.import.ready", preview.rows().size()));
            }
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
        }
    }

    /** Saves every row of the preview in one transaction, or nothing. */
    public void confirmImport() {
        if (preview == null) {
            return;
        }
        try {
            RegisterImport.ImportResult saved = imports.confirm(preview, officer());
            ProblemMessages.info(null, Messages.format("metrologyPage.import.saved", saved.added(), saved.updated(),
                    saved.newPlaces()));
            preview = null;
            loadPlaces();
            firstPage();
        } catch (ProblemException e) {
            ProblemMessages.error(null, e.getMessage());
            for (FieldProblem problem : e.fields()) {
                ProblemMessages.error(null, problem.field() + ": " + problem.message());
            }
        }
    }

    public void cancelImport() {
        preview = null;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private String officer() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<VerificationState> getStates() {
        return Arrays.asList(VerificationState.values());
    }

    public List<PlaceKind> getPlaceKinds() {
        return Arrays.asList(PlaceKind.values());
    }

    /** The places of the chosen ward (of every ward of the officer when none is chosen), by name. */
    public List<PlaceView> getPlaces() {
        return places;
    }

    public List<UnitView> getWards() {
        return wards;
    }

    public boolean isSeveralWards() {
        return wards.size() > 1;
    }

    public List<InstrumentTypeView> getTypes() {
        return types;
    }

    public LazyDataModel<InstrumentView> getModel() {
        return model;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward == null ? "" : ward;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null || !place.matches("[0-9]{0,18}") ? "" : place;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null ? "" : state;
    }

    public boolean isReferenceOnly() {
        return referenceOnly;
    }

    public void setReferenceOnly(boolean referenceOnly) {
        this.referenceOnly = referenceOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public PlaceForm getPlaceForm() {
        return placeForm;
    }

    public boolean isEditingPlace() {
        return editingPlace != null;
    }

    public InstrumentForm getInstrumentForm() {
        return instrumentForm;
    }

    public boolean isEditingInstrument() {
        return editingInstrument != null;
    }

    public String getImportWard() {
        return importWard;
    }

    public void setImportWard(String importWard) {
        this.importWard = importWard == null ? "" : importWard;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    /** "12 dòng: 10 thêm mới, 2 cập nhật, 1 địa điểm mới, 0 dòng có lỗi." */
    public String getPreviewSummary() {
        return preview == null ? "" : Messages.format("metrologyPage.import.summary", preview.rows().size(),
                preview.added(), preview.updated(), preview.newPlaces(), preview.rowsWithProblems());
    }

    public int getMaxImportBytes() {
        return RegisterSpreadsheet.MAX_BYTES;
    }

    /** Pages of {@link MetrologyRegister#instruments} with the page's filters. */
    private class RegisterModel extends LazyDataModel<InstrumentView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, register.instruments(query(), 1, 1).total());
            } catch (ProblemException e) {
                return 0;
            }
        }

        @Override
        public List<InstrumentView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(200, pageSize));
            try {
                Page<InstrumentView> page = register.instruments(query(), first / size + 1, size);
                return page.items();
            } catch (ProblemException e) {
                ProblemMessages.error(null, e.getMessage());
                return List.of();
            }
        }

        @Override
        public String getRowKey(InstrumentView row) {
            return Long.toString(row.id());
        }

        @Override
        public InstrumentView getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
