package vn.tdc.portal.yearlyreport.application;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tdc.portal.platform.web.Messages;
import vn.tdc.portal.yearlyreport.domain.AssistantSummary;
import vn.tdc.portal.yearlyreport.domain.InspectionSummary;
import vn.tdc.portal.yearlyreport.domain.InstrumentFigures;
import vn.tdc.portal.yearlyreport.domain.PlanTask;
import vn.tdc.portal.yearlyreport.domain.Tally;
import vn.tdc.portal.yearlyreport.domain.TaskEvidence;
import vn.tdc.portal.yearlyreport.domain.WardYearFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link YearlyReport} as an editable Word document in the administrative format of Nghị định 30/2020/NĐ-CP:
 * A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 (14 for the title and the motto); a
 * header table with the issuing body and the number to fill on the left, the national title, the motto (underlined)
 * and the place and date line (italic) on the right; the title; the body (I. results with the figures, II. the plan's
 * tasks and their evidence, III. proposals left to fill); the recipients (left, small) and the signature block
 * (right) with the signer's name left blank. Figures are plain digits, rates one decimal with a comma ("66,7%").
 */
public final class YearlyReportDocument {

    /** The media type of a .docx file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 13;
    static final int TITLE_SIZE = 14;
    private static final int TABLE_SIZE = 12;
    private static final int RECIPIENTS_TITLE_SIZE = 12;
    private static final int RECIPIENTS_SIZE = 11;
    /** A4 in twentieths of a point. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    /** Margins in twentieths of a point: 20 mm, 20 mm, 30 mm, 15 mm. */
    static final long MARGIN_TOP = 1134;
    static final long MARGIN_BOTTOM = 1134;
    static final long MARGIN_LEFT = 1701;
    static final long MARGIN_RIGHT = 851;
    private static final int BLANK_LINES = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final YearlyReport report;
    private final XWPFDocument document = new XWPFDocument();

    private YearlyReportDocument(YearlyReport report) {
        this.report = report;
    }

    /** The report as the bytes of a .docx file. */
    public static byte[] write(YearlyReport report) {
        YearlyReportDocument writer = new YearlyReportDocument(report);
        try (XWPFDocument document = writer.document) {
            writer.pageSetup();
            writer.header();
            writer.title();
            writer.results();
            writer.tasks();
            writer.proposals();
            writer.signature();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The yearly report could not be written", e);
        }
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    private void header() {
        XWPFTable table = borderless(2, "35%", "65%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(firstParagraph(left, ParagraphAlignment.CENTER), report.issuer(), BODY_SIZE, true, false);
        run(paragraph(left, ParagraphAlignment.CENTER), text("yearlyReport.doc.number"), BODY_SIZE, false, false);
        run(firstParagraph(right, ParagraphAlignment.CENTER), text("yearlyReport.doc.nation"), BODY_SIZE, true,
                false);
        run(paragraph(right, ParagraphAlignment.CENTER), text("yearlyReport.doc.motto"), TITLE_SIZE, true, false)
                .setUnderline(UnderlinePatterns.SINGLE);
        run(paragraph(right, ParagraphAlignment.CENTER), format("yearlyReport.doc.dateLine", report.placeName()),
                TITLE_SIZE, false, true);
    }

    private void title() {
        blank();
        run(paragraph(ParagraphAlignment.CENTER), text("yearlyReport.doc.kind"), TITLE_SIZE, true, false);
        run(paragraph(ParagraphAlignment.CENTER), format("yearlyReport.doc.title", Integer.toString(report.year())),
                TITLE_SIZE, true, false);
        if (report.province()) {
            run(paragraph(ParagraphAlignment.CENTER), format("yearlyReport.doc.rollUp", report.unitName()),
                    TITLE_SIZE, false, true);
        }
        blank();
        String year = Integer.toString(report.year());
        body(report.planTitle() == null
                ? format("yearlyReport.doc.basisGeneric", report.unitName(), year)
                : format("yearlyReport.doc.basis", report.planTitle(), report.unitName(), year));
        body(format("yearlyReport.doc.source", DAY.format(report.takenOn())));
    }

    private void results() {
        heading(text("yearlyReport.doc.part1"));
        WardYearFigures total = report.total();
        if (report.province()) {
            subheading(text("yearlyReport.doc.wards.heading"));
            wardsTable();
        }
        subheading(text("yearlyReport.doc.news.heading"));
        body(format("yearlyReport.doc.news.text", Integer.toString(report.year()), count(total.news().total())));
        countTable(text("yearlyReport.doc.news.category"), text("yearlyReport.doc.news.count"),
                total.news().byCategory());

        subheading(text("yearlyReport.doc.reports.heading"));
        var figures = total.reports().figures();
        body(format("yearlyReport.doc.reports.text", count(figures.received()), count(figures.closed()),
                count(figures.closedOnTime()), percent(figures.onTimeRate()), count(figures.open()),
                count(figures.overdueOpen())));
        body(figures.answered() == 0 ? text("yearlyReport.doc.reports.noSatisfaction")
                : format("yearlyReport.doc.reports.satisfaction", count(figures.answered()),
                count(figures.satisfied()), percent(figures.satisfactionRate())));
        countTable(text("yearlyReport.doc.reports.kind"), text("yearlyReport.doc.reports.count"),
                total.reports().byKind());
        countTable(text("yearlyReport.doc.reports.state"), text("yearlyReport.doc.reports.count"),
                total.reports().byState());

        subheading(text("yearlyReport.doc.instruments.heading"));
        InstrumentFigures instruments = total.instruments();
        String target = Integer.toString(InstrumentFigures.TARGET_PERCENT);
        body(instruments.total() == 0 ? format("yearlyReport.doc.instruments.empty", target)
                : format("yearlyReport.doc.instruments.text", count(instruments.total()), count(instruments.usable()),
                percent(instruments.usablePercent()), target, count(instruments.overdue()),
                count(instruments.referenceScales()), DAY.format(report.takenOn())));
        countTable(text("yearlyReport.doc.instruments.state"), text("yearlyReport.doc.instruments.count"),
                instruments.byState());

        subheading(text("yearlyReport.doc.inspections.heading"));
        body(inspections(total.inspections()));

        subheading(text("yearlyReport.doc.digital.heading"));
        body(format("yearlyReport.doc.digital.register", count(instruments.total())));
        body(assistant(total.assistant()));
    }

    static String assistant(AssistantSummary assistant) {
        if (!assistant.available()) {
            return text("yearlyReport.doc.digital.noAssistant");
        }
        String answered = format("yearlyReport.doc.digital.assistant", count(assistant.answered()));
        return assistant.countedFrom() == null ? answered
                : answered + " " + format("yearlyReport.doc.digital.countedFrom", DAY.format(assistant.countedFrom()));
    }

    static String inspections(InspectionSummary inspections) {
        return inspections.available()
                ? format("yearlyReport.doc.inspections.text", count(inspections.inspections()),
                count(inspections.placesVisited()), count(inspections.instrumentsChecked()),
                count(inspections.findings()), count(inspections.failedFindings()))
                : text("yearlyReport.doc.inspections.none");
    }

    /** The roll-up: one row per ward and the total row. */
    private void wardsTable() {
        List<String> header = List.of(text("yearlyReport.doc.wards.ward"), text("yearlyReport.doc.wards.news"),
                text("yearlyReport.doc.wards.reports"), text("yearlyReport.doc.wards.closed"),
                text("yearlyReport.doc.wards.onTime"), text("yearlyReport.doc.wards.satisfied"),
                text("yearlyReport.doc.wards.instruments"), text("yearlyReport.doc.wards.usable"),
                text("yearlyReport.doc.wards.usablePercent"), text("yearlyReport.doc.wards.overdue"));
        List<List<String>> rows = new ArrayList<>();
        for (WardYearFigures ward : report.wards()) {
            rows.add(wardRow(capitalized(ward.name()), ward));
        }
        rows.add(wardRow(text("yearlyReport.doc.total"), report.total()));
        grid(header, rows, true);
    }

    static List<String> wardRow(String name, WardYearFigures ward) {
        var figures = ward.reports().figures();
        return List.of(name, count(ward.news().total()), count(figures.received()), count(figures.closed()),
                number(figures.onTimeRate()), number(figures.satisfactionRate()), count(ward.instruments().total()),
                count(ward.instruments().usable()), number(ward.instruments().usablePercent()),
                count(ward.instruments().overdue()));
    }

    private void tasks() {
        heading(text("yearlyReport.doc.part2"));
        body(report.planTitle() == null ? text("yearlyReport.doc.tasks.generic")
                : format("yearlyReport.doc.tasks.plan", report.planTitle()));
        List<List<String>> rows = new ArrayList<>();
        for (PlanTask task : report.tasks()) {
            rows.add(List.of(task.number(), task.heading(), evidence(task, report.total())));
        }
        grid(List.of(text("yearlyReport.doc.tasks.number"), text("yearlyReport.doc.tasks.task"),
                text("yearlyReport.doc.tasks.evidence")), rows, false);
    }

    /** What the data shows for a task: one sentence per kind of evidence, in a fixed order. */
    static String evidence(PlanTask task, WardYearFigures figures) {
        if (task.evidence().isEmpty()) {
            return text("yearlyReport.doc.evidence.none");
        }
        List<String> sentences = new ArrayList<>();
        var reports = figures.reports().figures();
        InstrumentFigures instruments = figures.instruments();
        for (TaskEvidence evidence : TaskEvidence.values()) {
            if (!task.evidence().contains(evidence)) {
                continue;
            }
            sentences.add(switch (evidence) {
                case NEWS -> format("yearlyReport.doc.evidence.news", count(figures.news().total()));
                case REPORTS -> format("yearlyReport.doc.evidence.reports", count(reports.received()),
                        count(reports.closed()));
                case INSTRUMENTS -> format("yearlyReport.doc.evidence.instruments", count(instruments.total()),
                        count(instruments.usable()), percent(instruments.usablePercent()));
                case INSPECTIONS -> figures.inspections().available()
                        ? format("yearlyReport.doc.evidence.inspections", count(figures.inspections().inspections()),
                        count(figures.inspections().failedFindings()))
                        : text("yearlyReport.doc.evidence.noInspections");
                case DIGITAL -> format("yearlyReport.doc.evidence.digital", count(instruments.total()));
            });
        }
        return String.join(" ", sentences);
    }

    private void proposals() {
        heading(text("yearlyReport.doc.part3"));
        for (int i = 0; i < BLANK_LINES; i++) {
            body(text("yearlyReport.doc.blankLine"));
        }
        body(format("yearlyReport.doc.closing", Integer.toString(report.year()), report.unitName()));
    }

    private void signature() {
        blank();
        XWPFTable table = borderless(2, "50%", "50%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(firstParagraph(left, ParagraphAlignment.LEFT), text("yearlyReport.doc.recipients"), RECIPIENTS_TITLE_SIZE,
                true, true);
        for (String recipient : recipients()) {
            run(paragraph(left, ParagraphAlignment.LEFT), recipient, RECIPIENTS_SIZE, false, false);
        }
        run(firstParagraph(right, ParagraphAlignment.CENTER), text("yearlyReport.doc.signedFor"), BODY_SIZE, true,
                false);
        run(paragraph(right, ParagraphAlignment.CENTER), text("yearlyReport.doc.signerTitle"), BODY_SIZE, true, false);
        for (int i = 0; i < BLANK_LINES; i++) {
            paragraph(right, ParagraphAlignment.CENTER);
        }
        run(paragraph(right, ParagraphAlignment.CENTER), text("yearlyReport.doc.signerName"), BODY_SIZE, true, false);
    }

    private List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        if (report.province() || report.parentName().isEmpty()) {
            recipients.add(text("yearlyReport.doc.recipient.ministry"));
        } else {
            recipients.add(format("yearlyReport.doc.recipient.parent", report.parentName()));
            recipients.add(format("yearlyReport.doc.recipient.department", report.parentName()));
        }
        recipients.add(text("yearlyReport.doc.recipient.archive"));
        return recipients;
    }

    // ---- layout helpers ----

    private void countTable(String what, String howMany, List<Tally> tallies) {
        List<List<String>> rows = new ArrayList<>();
        long sum = 0;
        for (Tally tally : tallies) {
            rows.add(List.of(tally.label(), count(tally.count())));
            sum += tally.count();
        }
        rows.add(List.of(text("yearlyReport.doc.total"), count(sum)));
        grid(List.of(what, howMany), rows, true);
    }

    /** A bordered table: a bold header row, then the rows; the last row bold when {@code totalLast}. */
    private void grid(List<String> header, List<List<String>> rows, boolean totalLast) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), totalLast && i == rows.size() - 1);
        }
        blank();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            run(firstParagraph(cell, i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER), cells.get(i),
                    TABLE_SIZE, bold, false);
        }
    }

    private XWPFTable borderless(int columns, String... widths) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(widths[i]);
        }
        return table;
    }

    private void heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text, BODY_SIZE, true, false);
    }

    private void subheading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, BODY_SIZE, true, false);
    }

    private void body(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, BODY_SIZE, false, false);
    }

    private void blank() {
        paragraph(ParagraphAlignment.LEFT);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    // ---- texts and numbers ----

    private static String text(String key) {
        return Messages.get(key);
    }

    private static String format(String key, Object... arguments) {
        return Messages.format(key, arguments);
    }

    /** A count as plain digits (arguments are strings so that the bundle's formats never group them). */
    static String count(long value) {
        return Long.toString(value);
    }

    /** A rate as "66,7%", or "chưa có" when there is nothing to rate. */
    static String percent(Double rate) {
        return rate == null ? text("yearlyReport.doc.noRate") : number(rate) + "%";
    }

    /** A rate's number alone ("66,7", "100"), or "–" when there is nothing to rate (table cells). */
    static String number(Double rate) {
        if (rate == null) {
            return "–";
        }
        if (rate == Math.rint(rate)) {
            return Long.toString(Math.round(rate));
        }
        return String.format(Locale.ROOT, "%.1f", rate).replace('.', ',');
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
