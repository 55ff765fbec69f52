package vn.tdc.portal.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.tdc.portal.platform.time.PortalTime;
import vn.tdc.portal.report.application.ReportInbox;
import vn.tdc.portal.user.domain.Role;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The anonymised CSV of the inbox ({@code /quan-tri/phan-anh/xuat-csv?<the inbox's filters>}, OFFICER and ADMIN):
 * {@code phan-anh-yyyyMMdd.csv}, no contact details, no photos. A malformed filter is a 400.
 */
@WebServlet(name = "reportCsvExport", urlPatterns = ReportInboxPage.EXPORT_PATH)
public class ReportCsvExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    transient ReportInbox inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.OFFICER_NAME) && !request.isUserInRole(Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        InboxFilterForm form;
        try {
            form = InboxFilterForm.fromQuery(request::getParameter);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(PortalTime.today()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer writer = response.getWriter();
        inbox.exportCsv(form.toFilter(), writer);
    }

    /** {@code phan-anh-20261121.csv}. */
    static String fileName(LocalDate day) {
        return "phan-anh-" + FILE_DATE.format(day) + ".csv";
    }
}
