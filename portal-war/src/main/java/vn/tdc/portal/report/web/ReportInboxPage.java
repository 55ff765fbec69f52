package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.paging.Page;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.report.application.DepartmentView;
import vn.tdc.portal.report.application.InboxRow;
import vn.tdc.portal.report.application.ReportCatalog;
import vn.tdc.portal.report.application.ReportInbox;
import vn.tdc.portal.unit.application.UnitView;
import vn.tdc.portal.report.application.ReportKindView;
import vn.tdc.portal.report.domain.ReportStatus;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The officers' inbox ({@code /quan-tri/phan-anh}, OFFICER and ADMIN): reports page by page with filters by state,
 * kind, department, overdue and submission dates, four orders, and the CSV export of the same filters. The filters
 * can also come in the query string (the export link uses the same names).
 */
@Named
@ViewScoped
public class ReportInboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String EXPORT_PATH = "/quan-tri/phan-anh/xuat-csv";
    private static final String FORM = "inbox";
    private static final String TABLE = ":inbox:table";

    @Inject
    ReportInbox inbox;

    @Inject
    ReportCatalog catalog;

    private InboxFilterForm form = new InboxFilterForm();
    private final LazyDataModel<InboxRow> model = new InboxModel();
    private List<ReportKindView> kinds;
    private List<DepartmentView> departments;
    private List<UnitView> wards;
    private boolean totalExact = true;

    @PostConstruct
    void init() {
        kinds = catalog.kinds();
        departments = inbox.departmentChoices();
        wards = inbox.visibleWards();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        try {
            form = InboxFilterForm.fromQuery(parameters::get);
        } catch (IllegalArgumentException e) {
            ReportPageMessages.error(null, e.getMessage());
        }
    }

    /** Applies the filters, from the first page. */
    public void filter() {
        if (!form.datesInOrder()) {
            ReportPageMessages.error(FORM + ":to", Messages.get("reportInbox.datesOrder"));
        }
        firstPage();
    }

    public void clear() {
        form = new InboxFilterForm();
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The CSV export of the current filters. */
    public String getExportUrl() {
        String query = form.toQuery();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + EXPORT_PATH
                + (query.isEmpty() ? "" : "?" + query);
    }

    public List<String> getStatuses() {
        return Arrays.stream(ReportStatus.values()).map(ReportStatus::code).toList();
    }

    public List<ReportKindView> getKinds() {
        return kinds;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    /** The wards the officer sees; a ward's own staff see one and get neither the ward filter nor the column. */
    public List<UnitView> getWards() {
        return wards;
    }

    public boolean isSeveralWards() {
        return wards.size() > 1;
    }

    public List<String> getSorts() {
        return List.of("newest", "oldest", "due", "updated");
    }

    public InboxFilterForm getForm() {
        return form;
    }

    public LazyDataModel<InboxRow> getModel() {
        return model;
    }

    /**
     * The paginator's "1–20 / 356", or "1–20 / hơn 1000" when the inbox stopped counting at
     * {@link ReportInbox#MAX_COUNTED}; read after the table has counted its rows.
     */
    public String getPageReport() {
        return Messages.get(totalExact ? "reportInbox.pageReport" : "reportInbox.pageReportMore");
    }

    /** Pages of {@link ReportInbox#list}; the table's own sorting and filtering are not used (the form has them). */
    private class InboxModel extends LazyDataModel<InboxRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Page<InboxRow> first = inbox.list(form.toFilter(), 1, 1);
            totalExact = first.totalExact();
            return (int) Math.min(Integer.MAX_VALUE, first.total());
        }

        @Override
        public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(ReportInbox.MAX_PAGE_SIZE, pageSize));
            return inbox.list(form.toFilter(), first / size + 1, size).items();
        }

        @Override
        public String getRowKey(InboxRow row) {
            return Long.toString(row.id());
        }

        @Override
        public InboxRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
