package vn.tdc.portal.metrology.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdc.portal.platform.paging.Page;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as a spreadsheet officers open in Excel: the instruments of the list's filters, with the import's
 * columns first (so that an export can be edited and imported again) and then the QR code, the due date and the
 * state. CSV is UTF-8 with a byte order mark (Excel then reads Vietnamese correctly); XLSX is written as a stream
 * (SXSSF, {@value #WINDOW} rows in memory). A text cell starting with {@code = + - @} (or a tab or carriage return)
 * is written with a leading {@code '} so that a spreadsheet never runs it as a formula.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterExport {

    static final int WINDOW = 100;
    private static final int BATCH = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The columns after the import's: code, ward, due date, state, suspended. */
    static final List<String> EXTRA_HEADERS = List.of("Mã QR", "Phường/xã", "Hạn kiểm định", "Trạng thái",
            "Đình chỉ");

    @Inject
    MetrologyRegister register;

    /** The header line of the export (and, without the extra columns, of the import template). */
    public static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (RegisterColumn column : RegisterColumn.values()) {
            headers.add(column.header());
        }
        headers.addAll(EXTRA_HEADERS);
        return headers;
    }

    public void writeCsv(RegisterQuery query, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(csvLine(headers()));
            forEachRow(query, cells -> {
                try {
                    writer.write(csvLine(cells.stream().map(c -> c instanceof LocalDate d ? DAY.format(d)
                            : (String) c).toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(RegisterQuery query, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet("Sổ phương tiện đo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            forEachRow(query, cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof LocalDate day) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null && !((String) value).isEmpty()) {
                        row.createCell(i).setCellValue(safe((String) value));
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The template officers fill in: the import's headers and one example row. */
    public static byte[] templateCsv() {
        List<String> headers = new ArrayList<>();
        for (RegisterColumn column : RegisterColumn.values()) {
            headers.add(column.header());
        }
        String example = csvLine(List.of("Chợ Đông Cứu", "Chợ", "Thôn Đông Cứu", "12", "Nguyễn Thị Hoa", "Cân điện tử",
                "CDT-2024-0012", "Vibra", "15/01/2026", "TEM-000123", "Đạt", "Không", "", ""));
        return ("\uFEFF" + csvLine(headers) + example).getBytes(StandardCharsets.UTF_8);
    }

    private void forEachRow(RegisterQuery query, Consumer<List<Object>> sink) {
        Map<Long, PlaceView> places = register.places(query.unitCode()).stream()
                .collect(Collectors.toMap(PlaceView::id, Function.identity()));
        for (int page = 1; ; page++) {
            Page<InstrumentView> batch = register.instruments(query, page, BATCH);
            for (InstrumentView instrument : batch.items()) {
                sink.accept(cells(instrument, places.get(instrument.placeId())));
            }
            if (batch.items().size() < BATCH || (long) page * BATCH >= batch.total()) {
                return;
            }
        }
    }

    private static List<Object> cells(InstrumentView i, PlaceView place) {
        List<Object> cells = new ArrayList<>();
        cells.add(i.placeName());
        cells.add(place == null ? "" : place.kindLabel());
        cells.add(place == null ? "" : place.address());
        cells.add(i.stall());
        cells.add(i.ownerName() == null ? "" : i.ownerName());
        cells.add(i.typeName());
        cells.add(i.serialNo());
        cells.add(i.brand());
        cells.add(i.verifiedOn() == null ? "" : i.verifiedOn());
        cells.add(i.certificateNo());
        cells.add(i.verificationPassed() ? "Đạt" : "Không đạt");
        cells.add(i.referenceScale() ? "Có" : "Không");
        cells.add(i.capacity());
        cells.add(i.openingHours());
        cells.add(i.codeGrouped());
        cells.add(i.unitCode());
        cells.add(i.dueOn() == null ? "" : i.dueOn());
        cells.add(i.stateLabel());
        cells.add(i.suspended() ? "Có" : "Không");
        return cells;
    }

    /** A cell's text with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String csvLine(List<String> cells) {
        return cells.stream().map(cell -> {
            String text = safe(cell == null ? "" : cell);
            return text.matches("[^\",\\r\\n;]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
        }).collect(Collectors.joining(",")) + "\r\n";
    }
}
